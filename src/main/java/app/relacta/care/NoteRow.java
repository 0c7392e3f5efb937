package app.relacta.care;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A consultant's note, with the consultant's name.
 */
public record NoteRow(Long id, String consultantName, @Nullable String credential, String body, Instant createdAt,
		@Nullable Instant dismissedAt) {

}
