package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import app.relacta.account.VolumeUnit;
import app.relacta.plan.BabyCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client list's reads across the day totals, the journal and the baby checks: each
 * one query for all of a consultant's clients (or those on the page), joined from their
 * active shares, so the database walks the (parent, day) keys client by client instead of
 * scanning every session. A read model: it writes nothing.
 */
@Repository
@Transactional(readOnly = true)
class ClientListQueries {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ClientListQueries(EntityManager entityManager, DataSource dataSource) {
		this.entityManager = entityManager;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1_000);
	}

	/**
	 * The consultant's clients (the parents sharing with them now) as the list needs
	 * them: values, not accounts, joined from the shares.
	 */
	List<ClientRow> clients(long consultantId) {
		return this.entityManager.createQuery("""
				select new app.relacta.clients.ClientListQueries$ClientRow(a.id, a.displayName, a.timeZone, a.unit,
				  a.createdAt)
				from CareShare c join Account a on a.id = c.parentId
				where c.consultantId = :consultantId and c.endedAt is null""", ClientRow.class)
			.setParameter("consultantId", consultantId)
			.getResultList();
	}

	/**
	 * Each client's day totals from {@code from}, as kept with every session written (the
	 * {@code day_total} table): one row per client and day, however many sessions.
	 */
	List<DayRow> dayTotals(long consultantId, LocalDate from) {
		// Plain JDBC with java.time getters: thousands of rows for a big list, where
		// Hibernate's row handling and the legacy date types' conversions cost more than
		// the database's reading them.
		return this.jdbc.query("""
				select d.parent_id, d.local_date, d.total_ml, d.prolactin_sessions, d.last_start
				from care_share c join day_total d on d.parent_id = c.parent_id
				where c.consultant_id = ? and c.ended_at is null and d.local_date >= ?""",
				(rs, row) -> new DayRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
						rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant()),
				consultantId, from);
	}

	/**
	 * These clients' sessions and measured milk of those started in (since, until];
	 * clients with none are missing. Summed by the database over a day of sessions.
	 */
	List<Last24Row> lastDay(long consultantId, Collection<Long> parentIds, Instant since, Instant until) {
		if (parentIds.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery("""
				select new app.relacta.clients.ClientListQueries$Last24Row(s.parentId, count(s), sum(s.totalMl))
				from CareShare c join LoggedSession s on s.parentId = c.parentId
				where c.consultantId = :consultantId and c.endedAt is null and c.parentId in :parentIds
				  and s.startedAt > :since and s.startedAt <= :until
				group by s.parentId""", Last24Row.class)
			.setParameter("consultantId", consultantId)
			.setParameter("parentIds", parentIds)
			.setParameter("since", since)
			.setParameter("until", until)
			.getResultList();
	}

	/**
	 * When each of these clients' latest session started; clients who logged nothing are
	 * missing. Asked only for the clients with nothing in the recent window, from their
	 * day totals.
	 */
	@SuppressWarnings("unchecked")
	Map<Long, Instant> lastStarts(long consultantId, Collection<Long> parentIds) {
		if (parentIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = this.entityManager.createNativeQuery("""
				select d.parent_id, max(d.last_start)
				from care_share c join day_total d on d.parent_id = c.parent_id
				where c.consultant_id = :consultantId and c.ended_at is null and c.parent_id in (:parentIds)
				group by d.parent_id""")
			.setParameter("consultantId", consultantId)
			.setParameter("parentIds", parentIds)
			.getResultList();
		Map<Long, Instant> last = new HashMap<>();
		for (Object[] row : rows) {
			last.put(((Number) row[0]).longValue(), instant(row[1]));
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
	 * The clients who noted a sore breast (F3) since {@code since}.
	 */
	Set<Long> soreBreasts(long consultantId, Instant since) {
		return Set.copyOf(this.entityManager.createQuery("""
				select distinct c.parentId
				from CareShare c join BreastNoteEntry b on b.parentId = c.parentId
				where c.consultantId = :consultantId and c.endedAt is null and b.notedAt > :since""", Long.class)
			.setParameter("consultantId", consultantId)
			.setParameter("since", since)
			.getResultList());
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

	private static Instant instant(Object value) {
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		return (value instanceof java.sql.Timestamp time) ? time.toInstant() : (Instant) value;
	}

	/** A client: their name, unit and time zone, and when their account was made. */
	record ClientRow(long id, String displayName, ZoneId zone, VolumeUnit unit, Instant createdAt) {

		ClientRow(long id, String displayName, String timeZone, VolumeUnit unit, Instant createdAt) {
			this(id, displayName, ZoneId.of(timeZone), unit, createdAt);
		}

		/** The day the account was made, in the client's time: day 1 of the defaults. */
		LocalDate firstDay() {
			return LocalDate.ofInstant(this.createdAt, this.zone);
		}

	}

	/** One client's day: milk, sessions from 01:00 to 05:00, the latest start. */
	record DayRow(long parentId, LocalDate date, @Nullable BigDecimal totalMl, int prolactinSessions,
			Instant lastStart) {

	}

	/** One client's last 24 hours: sessions and milk. */
	record Last24Row(long parentId, long sessions, @Nullable BigDecimal totalMl) {

	}

	/** One client's baby check on one day. */
	record BabyRow(long parentId, LocalDate date, @Nullable Integer wetDiapers, @Nullable Integer weightGrams,
			@Nullable BigDecimal supplementMl) {

		BabyCheck check() {
			return new BabyCheck(this.date, this.wetDiapers, this.weightGrams, this.supplementMl);
		}

	}

}
