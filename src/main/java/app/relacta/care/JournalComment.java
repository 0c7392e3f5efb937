package app.relacta.care;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a day, or on one session, of a parent's journal: a consultant's, or the
 * parent's answer.
 */
@Entity
class JournalComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private long authorId;

	private LocalDate localDate;

	private @Nullable Long sessionId;

	private String body;

	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected JournalComment() {
	}

	JournalComment(long parentId, long authorId, LocalDate localDate, @Nullable Long sessionId, String body,
			Instant now) {
		this.parentId = parentId;
		this.authorId = authorId;
		this.localDate = localDate;
		this.sessionId = sessionId;
		this.body = body;
		this.createdAt = now;
	}

}
