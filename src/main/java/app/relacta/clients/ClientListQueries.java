package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import app.relacta.plan.BabyCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client list's reads across the journal and the baby checks: each one query for all
 * of a consultant's clients, joined from their active shares, so the database walks the
 * (parent, day) and (parent, start) indexes client by client instead of scanning every
 * session. A read model: it writes nothing.
 */
@Repository
@Transactional(readOnly = true)
class ClientListQueries {

	private final EntityManager entityManager;

	ClientListQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Each client's sessions and total per local day from {@code from}, summed by the
	 * database.
	 */
	List<DayRow> dayTotals(long consultantId, LocalDate from) {
		return this.entityManager
			.createQuery(
					"""
							select new app.relacta.clients.ClientListQueries$DayRow(s.parentId, s.localDate, count(s), sum(s.totalMl))
							from CareShare c join LoggedSession s on s.parentId = c.parentId
							where c.consultantId = :consultantId and c.endedAt is null and s.localDate >= :from
							group by s.parentId, s.localDate""",
					DayRow.class)
			.setParameter("consultantId", consultantId)
			.setParameter("from", from)
			.getResultList();
	}

	/** The clients' session starts since an instant. */
	List<StartRow> starts(long consultantId, Instant since) {
		return this.entityManager.createQuery("""
				select new app.relacta.clients.ClientListQueries$StartRow(s.parentId, s.startedAt, s.totalMl)
				from CareShare c join LoggedSession s on s.parentId = c.parentId
				where c.consultantId = :consultantId and c.endedAt is null and s.startedAt >= :since""", StartRow.class)
			.setParameter("consultantId", consultantId)
			.setParameter("since", since)
			.getResultList();
	}

	/**
	 * When each of these clients' latest session started; clients who logged nothing are
	 * missing. Asked only for the clients with nothing in the recent window, as it reads
	 * back through each one's whole log.
	 */
	Map<Long, Instant> lastStarts(long consultantId, Collection<Long> parentIds) {
		if (parentIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = this.entityManager
			.createQuery("""
					select c.parentId, (select max(s.startedAt) from LoggedSession s where s.parentId = c.parentId)
					from CareShare c
					where c.consultantId = :consultantId and c.endedAt is null and c.parentId in :parentIds""",
					Object[].class)
			.setParameter("consultantId", consultantId)
			.setParameter("parentIds", parentIds)
			.getResultList();
		Map<Long, Instant> last = new HashMap<>();
		for (Object[] row : rows) {
			if (row[1] != null) {
				last.put((Long) row[0], (Instant) row[1]);
			}
		}
		return last;
	}

	/** The clients' baby checks from {@code from}, newest first. */
	List<BabyRow> babyChecks(long consultantId, LocalDate from) {
		return this.entityManager
			.createQuery(
					"""
							select new app.relacta.clients.ClientListQueries$BabyRow(b.parentId, b.localDate, b.wetDiapers, b.weightGrams,
							  b.supplementMl)
							from CareShare c join BabyDay b on b.parentId = c.parentId
							where c.consultantId = :consultantId and c.endedAt is null and b.localDate >= :from
							order by b.localDate desc""",
					BabyRow.class)
			.setParameter("consultantId", consultantId)
			.setParameter("from", from)
			.getResultList();
	}

	/**
	 * How many answers each client wrote in their journal since this consultant last
	 * opened it (or since the share began); clients with none are missing.
	 */
	Map<Long, Long> newAnswers(long consultantId) {
		List<Object[]> rows = this.entityManager.createQuery("""
				select c.parentId, count(j)
				from CareShare c join JournalComment j on j.parentId = c.parentId
				where c.consultantId = :consultantId and c.endedAt is null and j.authorId = c.parentId
				  and j.createdAt > coalesce((select max(r.viewedAt) from AccessRecord r
				                              where r.consultantId = c.consultantId and r.parentId = c.parentId
				                                and r.area = app.relacta.care.Area.JOURNAL), c.grantedAt)
				group by c.parentId""", Object[].class).setParameter("consultantId", consultantId).getResultList();
		Map<Long, Long> answers = new HashMap<>();
		for (Object[] row : rows) {
			answers.put((Long) row[0], (Long) row[1]);
		}
		return answers;
	}

	/** One client's sessions and total on one local day. */
	record DayRow(long parentId, LocalDate date, long sessions, @Nullable BigDecimal totalMl) {

	}

	/** One client's session: when it started and how much it gave. */
	record StartRow(long parentId, Instant start, @Nullable BigDecimal totalMl) {

	}

	/** One client's baby check on one day. */
	record BabyRow(long parentId, LocalDate date, @Nullable Integer wetDiapers, @Nullable Integer weightGrams,
			@Nullable BigDecimal supplementMl) {

		BabyCheck check() {
			return new BabyCheck(this.date, this.wetDiapers, this.weightGrams, this.supplementMl);
		}

	}

}
