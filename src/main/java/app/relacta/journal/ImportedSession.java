package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A session read from another tracker's file (or Relacta's own export): its line in the
 * file, its start and the zone it was kept in, volumes in mL, and the flags (pain is F5's
 * pain while pumping).
 */
public record ImportedSession(long line, Instant start, ZoneId zone, int durationMinutes, SessionMethod method,
		@Nullable BigDecimal leftMl, @Nullable BigDecimal rightMl, @Nullable BigDecimal totalMl, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage, boolean pain, @Nullable String notes) {

	/**
	 * A session from a tracker that keeps none of Relacta's flags.
	 */
	public static ImportedSession plain(long line, Instant start, ZoneId zone, int durationMinutes,
			SessionMethod method, @Nullable BigDecimal totalMl, @Nullable String notes) {
		return new ImportedSession(line, start, zone, durationMinutes, method, null, null, totalMl, false, false, false,
				false, false, notes);
	}

}
