package app.relacta.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A comment as shown beside a journal day or session.
 */
public record CommentView(Long id, String author, boolean fromParent, String body, LocalDateTime at) {

	/** A comment as the database gives it: where it belongs and its author's name. */
	record Row(Long id, LocalDate date, @Nullable Long sessionId, long authorId, String authorName,
			@Nullable String credential, String body, Instant createdAt) {

		CommentView of(long parentId, ZoneId zone) {
			boolean fromParent = this.authorId == parentId;
			return new CommentView(this.id,
					fromParent ? this.authorName : ConsultantName.of(this.authorName, this.credential), fromParent,
					this.body, CareService.local(this.createdAt, zone));
		}

	}

}
