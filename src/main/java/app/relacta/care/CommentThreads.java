package app.relacta.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The comments on a page of the journal: on each day, and on each session.
 */
public record CommentThreads(Map<LocalDate, List<CommentView>> byDay, Map<Long, List<CommentView>> bySession) {

	public static final CommentThreads NONE = new CommentThreads(Map.of(), Map.of());

	public List<CommentView> day(LocalDate date) {
		return this.byDay.getOrDefault(date, List.of());
	}

	public List<CommentView> session(Long sessionId) {
		return this.bySession.getOrDefault(sessionId, List.of());
	}

}
