package app.relacta.care;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a journal day or session, with its author's name.
 */
public record CommentRow(Long id, LocalDate date, @Nullable Long sessionId, long authorId, String authorName,
		@Nullable String credential, String body, Instant createdAt) {

}
