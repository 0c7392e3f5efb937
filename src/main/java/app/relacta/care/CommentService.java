package app.relacta.care;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a parent's journal: a consultant's, on a day or a session, and the parent's
 * answers. The callers check who may write and that a session is the parent's.
 */
@Service
public class CommentService {

	/** How long the Today page mentions new comments. */
	static final int RECENT_DAYS = 7;

	private final JournalCommentRepository comments;

	private final Clock clock;

	CommentService(JournalCommentRepository comments, Clock clock) {
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * Adds a comment by {@code authorId} (the parent, or a consultant they share with).
	 */
	@Transactional
	public void comment(long authorId, long parentId, LocalDate date, @Nullable Long sessionId, String body) {
		this.comments.save(new JournalComment(parentId, authorId, date, sessionId, body.strip(), this.clock.instant()));
	}

	/**
	 * The consultants who commented on a parent's journal in the last
	 * {@value #RECENT_DAYS} days, with how many comments each: a hint on the parent's
	 * Today page.
	 */
	@Transactional(readOnly = true)
	public List<CommentCount> recentFromConsultants(long parentId) {
		return this.comments.countsSince(parentId, this.clock.instant().minus(Duration.ofDays(RECENT_DAYS)));
	}

	/**
	 * The comments on a range of days, by day and by session, in one query. A comment on
	 * a session that is not shown (deleted, or moved to another day by an edit) stays on
	 * the day it was written on.
	 */
	@Transactional(readOnly = true)
	public CommentThreads threads(long parentId, ZoneId zone, LocalDate from, LocalDate to, Set<Long> sessionsShown) {
		Map<LocalDate, List<CommentView>> byDay = new HashMap<>();
		Map<Long, List<CommentView>> bySession = new HashMap<>();
		for (CommentView.Row row : this.comments.commentsOn(parentId, from, to)) {
			CommentView view = row.of(parentId, zone);
			if (row.sessionId() != null && sessionsShown.contains(row.sessionId())) {
				bySession.computeIfAbsent(row.sessionId(), (id) -> new ArrayList<>()).add(view);
			}
			else {
				byDay.computeIfAbsent(row.date(), (day) -> new ArrayList<>()).add(view);
			}
		}
		return new CommentThreads(byDay, bySession);
	}

}
