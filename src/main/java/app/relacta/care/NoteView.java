package app.relacta.care;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A consultant's note, in the parent's local time.
 */
public record NoteView(Long id, String consultant, String body, LocalDateTime at, boolean dismissed) {

	/**
	 * A note as the database gives it, with the consultant's name: what a view is made
	 * of.
	 */
	record Row(Long id, String consultantName, @Nullable String credential, String body, Instant createdAt,
			@Nullable Instant dismissedAt) {

		NoteView in(ZoneId zone) {
			return new NoteView(this.id, ConsultantName.of(this.consultantName, this.credential), this.body,
					CareService.local(this.createdAt, zone), this.dismissedAt != null);
		}

	}

}
