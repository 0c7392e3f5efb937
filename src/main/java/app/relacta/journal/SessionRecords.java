package app.relacta.journal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import app.relacta.account.VolumeUnit;
import app.relacta.system.InvalidInput;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's sessions as records with volumes in mL, for the API: listed a page at a
 * time, read, logged, changed and deleted by the same rules as the journal's form.
 */
@Service
public class SessionRecords {

	private final SessionWriter writer;

	private final LoggedSessionRepository sessions;

	private final EntityManager entityManager;

	SessionRecords(SessionWriter writer, LoggedSessionRepository sessions, EntityManager entityManager) {
		this.writer = writer;
		this.sessions = sessions;
		this.entityManager = entityManager;
	}

	/**
	 * One page of the parent's sessions whose local day is in [from, to], newest first,
	 * and how many there are in all: two queries, whatever the log's length.
	 */
	@Transactional(readOnly = true)
	public Slice list(long parentId, LocalDate from, LocalDate to, int limit, long offset) {
		long count = this.sessions.countByParentIdAndLocalDateBetween(parentId, from, to);
		List<SessionRecord> results = (offset >= count) ? List.of()
				: this.entityManager.createQuery("""
						select s from LoggedSession s
						where s.parentId = :parentId and s.localDate between :from and :to
						order by s.startedAt desc, s.id desc""", LoggedSession.class)
					.setParameter("parentId", parentId)
					.setParameter("from", from)
					.setParameter("to", to)
					.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
					.setMaxResults(limit)
					.getResultList()
					.stream()
					.map(SessionRecord::of)
					.toList();
		return new Slice(count, results);
	}

	@Transactional(readOnly = true)
	public SessionRecord get(long parentId, long sessionId) {
		return SessionRecord.of(this.writer.find(parentId, sessionId));
	}

	/**
	 * Logs a session whose volumes are in mL.
	 * @throws InvalidInput if a value is missing or implausible
	 * @throws OverlappingSessionException if it shares time with a logged session
	 */
	@Transactional
	public SessionRecord log(long parentId, SessionEntry entry) {
		return SessionRecord.of(this.writer.log(parentId, entry, VolumeUnit.ML));
	}

	/**
	 * Changes a session with volumes in mL, when {@code entry}'s version is the stored
	 * one.
	 * @throws SessionChangedElsewhereException if it is not
	 */
	@Transactional
	public SessionRecord update(long parentId, long sessionId, SessionEntry entry) {
		return SessionRecord.of(this.writer.update(parentId, sessionId, entry, VolumeUnit.ML));
	}

	/**
	 * Deletes a session, when it is still at {@code expectedVersion} (if given).
	 * @throws SessionChangedElsewhereException if it was changed since
	 */
	@Transactional
	public void delete(long parentId, long sessionId, @Nullable Long expectedVersion) {
		this.writer.delete(parentId, sessionId, expectedVersion);
	}

	/**
	 * A page of records and the number there are in all.
	 */
	public record Slice(long count, List<SessionRecord> results) {

	}

}
