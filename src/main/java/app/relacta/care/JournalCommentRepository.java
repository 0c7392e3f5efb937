package app.relacta.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalCommentRepository extends JpaRepository<JournalComment, Long> {

	/**
	 * The comments on a range of a parent's days, oldest first, with the author's name.
	 */
	@Query("""
			select new app.relacta.care.CommentView$Row(c.id, c.localDate, c.sessionId, c.authorId, a.displayName,
			  a.credential, c.body, c.createdAt)
			from JournalComment c join Account a on a.id = c.authorId
			where c.parentId = :parentId and c.localDate between :from and :to
			order by c.createdAt, c.id""")
	List<CommentView.Row> commentsOn(long parentId, LocalDate from, LocalDate to);

	/** How many comments each consultant left on a parent's journal since an instant. */
	@Query("""
			select new app.relacta.care.CommentCount(a.displayName, a.credential, count(c))
			from JournalComment c join Account a on a.id = c.authorId
			where c.parentId = :parentId and c.authorId <> :parentId and c.createdAt > :since
			group by a.id, a.displayName, a.credential
			order by a.displayName""")
	List<CommentCount> countsSince(long parentId, Instant since);

}
