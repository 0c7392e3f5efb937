package app.relacta.care;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * One look at a parent's data, in their local time.
 */
public record AccessView(String consultant, Area area, LocalDateTime at, boolean link) {

	/** A look as the database gives it, with the consultant's name. */
	record Row(String consultantName, @Nullable String credential, Area area, Instant viewedAt) {

		AccessView in(ZoneId zone) {
			return new AccessView(ConsultantName.of(this.consultantName, this.credential), this.area,
					CareService.local(this.viewedAt, zone), false);
		}

	}

}
