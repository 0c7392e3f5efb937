package app.relacta.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a session started, and its local day and time where it was logged: all a day's
 * gaps and night sessions need.
 */
public record SessionStart(Instant start, LocalDate localDate, LocalTime localTime) {

	static SessionStart of(Instant start, String zone, LocalDate localDate) {
		return new SessionStart(start, localDate, LocalTime.ofInstant(start, ZoneId.of(zone)));
	}

}
