package app.relacta.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import app.relacta.plan.SessionFact;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface LoggedSessionRepository extends JpaRepository<LoggedSession, Long> {

	/**
	 * A session of this parent; someone else's session is as absent as a missing one.
	 */
	Optional<LoggedSession> findByIdAndParentId(long id, long parentId);

	Optional<LoggedSession> findFirstByParentIdOrderByStartedAtDesc(long parentId);

	long countByParentIdAndLocalDateBetween(long parentId, LocalDate from, LocalDate to);

	List<LoggedSession> findByParentIdAndLocalDateBetweenOrderByStartedAtDesc(long parentId, LocalDate from,
			LocalDate to);

	/**
	 * What the plan engine reads of the sessions that start in [from, to), oldest first:
	 * read as values, not as entities to manage.
	 */
	@Query("""
			select new app.relacta.plan.SessionFact(s.startedAt, s.durationMinutes, s.totalMl, s.dropsOnly,
				s.powerPump, s.handExpression, s.massage, s.pain)
			from LoggedSession s
			where s.parentId = :parentId and s.startedAt >= :from and s.startedAt < :to
			order by s.startedAt""")
	List<SessionFact> factsBetween(@Param("parentId") long parentId, @Param("from") Instant from,
			@Param("to") Instant to);

	/**
	 * Every session of a parent, oldest first, read in batches as the stream is consumed.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "200"))
	Stream<LoggedSession> streamByParentIdOrderByStartedAt(long parentId);

	/**
	 * The first note of each local day in the range: (local date, note), one query.
	 */
	@Query("""
			select s.localDate, s.notes from LoggedSession s
			where s.parentId = :parentId and s.localDate between :from and :to and s.notes is not null
			  and s.startedAt = (select min(f.startedAt) from LoggedSession f
			                     where f.parentId = s.parentId and f.localDate = s.localDate and f.notes is not null)""")
	List<Object[]> firstNotes(@Param("parentId") long parentId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * The parent's first session, if any: read from the start of the (parent, day) index,
	 * whatever the journal's length.
	 */
	Optional<SessionDay> findFirstByParentIdOrderByLocalDate(long parentId);

	/**
	 * Sessions of this parent, other than {@code exceptId}, that share any moment with
	 * the interval [start, end). Touching end to start is not an overlap. Only sessions
	 * starting after {@code earliest} are looked at (no session is longer than
	 * {@link SessionEntry#MAX_DURATION_MINUTES}), so the check reads a few index entries,
	 * not the journal up to {@code end}.
	 */
	@Query("""
			select s from LoggedSession s
			where s.parentId = :parentId and s.id <> :exceptId and s.startedAt > :earliest and s.startedAt < :end
			  and s.endedAt > :start
			order by s.startedAt""")
	List<LoggedSession> findOverlapping(@Param("parentId") long parentId, @Param("exceptId") long exceptId,
			@Param("earliest") Instant earliest, @Param("start") Instant start, @Param("end") Instant end, Limit limit);

	/** A session's local day, and nothing else. */
	interface SessionDay {

		LocalDate getLocalDate();

	}

}
