package app.relacta.care;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A share as the parent sees it, in their local time.
 */
public record ShareView(Long id, String consultant, @Nullable String practice, LocalDateTime since,
		@Nullable LocalDateTime ended, boolean endedByParent) {

	public boolean active() {
		return this.ended == null;
	}

	/** A share as the database gives it, with the consultant's name. */
	record Row(Long id, String consultantName, @Nullable String credential, @Nullable String practice,
			Instant grantedAt, @Nullable Instant endedAt, @Nullable Long endedBy) {

		ShareView of(long parentId, ZoneId zone) {
			return new ShareView(this.id, ConsultantName.of(this.consultantName, this.credential), this.practice,
					CareService.local(this.grantedAt, zone), CareService.localOrNull(this.endedAt, zone),
					Objects.equals(this.endedBy, parentId));
		}

	}

}
