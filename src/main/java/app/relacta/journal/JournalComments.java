package app.relacta.journal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import app.relacta.account.AccountService;
import app.relacta.care.CommentForm;
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
		return new CommentedPage(page, this.comments.threads(parentId, this.accounts.get(parentId).getZone(),
				page.from(), page.until().plusDays(1)));
	}

	/**
	 * A journal page and its comments, by the names the template uses.
	 */
	public record CommentedPage(JournalPage page, CommentThreads comments) {

		public Map<String, Object> attributes(CommentForm form) {
			return Map.of("page", this.page, "comments", this.comments, "commentForm", form);
		}

	}

	/**
	 * Posts a comment by {@code authorId} on the parent's journal. The caller has checked
	 * that the author is the parent or a consultant they share with.
	 */
	@Transactional
	public void post(long authorId, long parentId, CommentForm form) {
		Long sessionId = form.getSessionId();
		LocalDate date = (sessionId != null) ? this.journal.view(parentId, sessionId).localDate()
				: Objects.requireNonNull(form.getDate());
		this.comments.comment(authorId, parentId, date, sessionId, form);
	}

}
