package app.relacta.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultantNoteRepository extends JpaRepository<ConsultantNote, Long> {

	Optional<ConsultantNote> findByIdAndParentId(long id, long parentId);

	/** The notes a parent has not dismissed yet, newest first. */
	@Query("""
			select new app.relacta.care.NoteView$Row(n.id, a.displayName, a.credential, n.body, n.createdAt, n.dismissedAt)
			from ConsultantNote n join Account a on a.id = n.consultantId
			where n.parentId = :parentId and n.dismissedAt is null
			order by n.createdAt desc, n.id desc""")
	List<NoteView.Row> openNotes(long parentId);

	/** Every note left for a parent in [from, to), oldest first, dismissed or not. */
	@Query("""
			select new app.relacta.care.NoteView$Row(n.id, a.displayName, a.credential, n.body, n.createdAt, n.dismissedAt)
			from ConsultantNote n join Account a on a.id = n.consultantId
			where n.parentId = :parentId and n.createdAt >= :from and n.createdAt < :to
			order by n.createdAt, n.id""")
	List<NoteView.Row> notesBetween(long parentId, Instant from, Instant to);

	/** The notes one consultant left for a parent, newest first. */
	@Query("""
			select new app.relacta.care.NoteView$Row(n.id, a.displayName, a.credential, n.body, n.createdAt, n.dismissedAt)
			from ConsultantNote n join Account a on a.id = n.consultantId
			where n.parentId = :parentId and n.consultantId = :consultantId
			order by n.createdAt desc, n.id desc""")
	List<NoteView.Row> notesBy(long consultantId, long parentId, Limit limit);

}
