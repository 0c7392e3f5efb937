package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A logged session as other features read it: its instant and what was done, volume in
 * mL.
 */
public record SessionSummary(Instant start, int durationMinutes, @Nullable BigDecimal totalMl, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage) {

	static SessionSummary of(LoggedSession session) {
		return new SessionSummary(session.getStartedAt(), session.getDurationMinutes(), session.getTotalMl(),
				session.isDropsOnly(), session.isPowerPump(), session.isHandExpression(), session.isMassage());
	}

}
