package app.relacta.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a session sits in the journal: when it started, and its local day.
 */
record SessionStart(Instant start, LocalDate localDate) {

	static SessionStart of(LoggedSession session) {
		return new SessionStart(session.getStartedAt(), session.getLocalDate());
	}

}
