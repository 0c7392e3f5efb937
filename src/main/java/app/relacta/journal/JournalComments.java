package app.relacta.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.relacta.account.AccountService;
import app.relacta.care.CommentService;
import app.relacta.care.CommentThreads;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments beside a page of the journal, and posting one: a session's comment goes on
 * the session's own day, and a session that is not the parent's answers 404.
 */
@Service
public class JournalComments {

	private final CommentService comments;

	private final JournalService journal;

	private final AccountService accounts;

	JournalComments(CommentService comments, JournalService journal, AccountService accounts) {
		this.comments = comments;
		this.journal = journal;
		this.accounts = accounts;
	}

	/**
	 * A page of the journal with the comments on its days: a fixed number of queries,
	 * however long the log.
	 */
	@Transactional(readOnly = true)
	public CommentedPage page(long parentId, @Nullable LocalDate until) {
		JournalPage page = this.journal.page(parentId, until);
		Set<Long> sessionsShown = page.days()
			.stream()
			.flatMap((day) -> day.sessions().stream())
			.map(SessionView::id)
			.collect(Collectors.toSet());
		CommentThreads threads = this.comments.threads(parentId, this.accounts.get(parentId).getZone(), page.from(),
				page.until().plusDays(1), sessionsShown);
		return new CommentedPage(withCommentedDays(page, threads.byDay().keySet()), threads);
	}

	/**
	 * The page with the days that have comments but no sessions (a day the consultant
	 * wrote about, a session since deleted), so that no comment is out of sight.
	 */
	private static JournalPage withCommentedDays(JournalPage page, Set<LocalDate> commented) {
		Set<LocalDate> shown = page.days().stream().map(JournalDay::date).collect(Collectors.toSet());
		List<JournalDay> days = new ArrayList<>(page.days());
		commented.stream()
			.filter((date) -> !shown.contains(date))
			.forEach((date) -> days.add(new JournalDay(date, 0, null, List.of(), List.of())));
		if (days.size() == page.days().size()) {
			return page;
		}
		days.sort(Comparator.comparing(JournalDay::date).reversed());
		return new JournalPage(page.from(), page.until(), page.today(), page.unit(), List.copyOf(days),
				page.olderUntil(), page.newerUntil());
	}

	/**
	 * A journal page and its comments.
	 */
	public record CommentedPage(JournalPage page, CommentThreads comments) {

	}

	/**
	 * Posts a comment by {@code authorId} on the parent's journal: on a session (which
	 * gives the day) or on {@code date}. The caller has checked that the author is the
	 * parent or a consultant they share with.
	 */
	@Transactional
	public void post(long authorId, long parentId, @Nullable LocalDate date, @Nullable Long sessionId, String body) {
		LocalDate day = (sessionId != null) ? this.journal.view(parentId, sessionId).localDate()
				: Objects.requireNonNull(date);
		this.comments.comment(authorId, parentId, day, sessionId, body);
	}

}
