package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A session as stored: a start instant and the zone it was logged in, volumes in mL.
 * Built from a checked {@link SessionEntry} by {@link SessionRules}.
 */
record SessionData(Instant start, ZoneId zone, int durationMinutes, SessionMethod method, @Nullable BigDecimal leftMl,
		@Nullable BigDecimal rightMl, @Nullable BigDecimal totalMl, boolean dropsOnly, boolean powerPump,
		boolean handExpression, boolean massage, boolean pain, @Nullable String notes) {

	/** A session without pain noted (F5). */
	SessionData(Instant start, ZoneId zone, int durationMinutes, SessionMethod method, @Nullable BigDecimal leftMl,
			@Nullable BigDecimal rightMl, @Nullable BigDecimal totalMl, boolean dropsOnly, boolean powerPump,
			boolean handExpression, boolean massage, @Nullable String notes) {
		this(start, zone, durationMinutes, method, leftMl, rightMl, totalMl, dropsOnly, powerPump, handExpression,
				massage, false, notes);
	}

	Instant end() {
		return this.start.plusSeconds(this.durationMinutes * 60L);
	}

	LocalDate localDate() {
		return LocalDate.ofInstant(this.start, this.zone);
	}

}
