package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A session read from another tracker's file (or Relacta's own export): its line in the
 * file, its start and the zone it was kept in, volumes in mL.
 */
public record ImportedSession(long line, Instant start, ZoneId zone, int durationMinutes, SessionMethod method,
		@Nullable BigDecimal leftMl, @Nullable BigDecimal rightMl, @Nullable BigDecimal totalMl, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage, @Nullable String notes) {

}
