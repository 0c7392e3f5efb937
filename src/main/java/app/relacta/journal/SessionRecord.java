package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A logged session as stored, for machines: instants, the zone it was logged in, its
 * local day there, volumes in mL whatever the parent's unit, and its version for
 * optimistic locking.
 */
public record SessionRecord(long id, Instant start, Instant end, ZoneId zone, LocalDate localDate, int durationMinutes,
		SessionMethod method, @Nullable BigDecimal leftMl, @Nullable BigDecimal rightMl, @Nullable BigDecimal totalMl,
		boolean dropsOnly, boolean powerPump, boolean handExpression, boolean massage, boolean pain,
		@Nullable String notes, long version) {

	static SessionRecord of(LoggedSession session) {
		return new SessionRecord(session.getId(), session.getStartedAt(), session.getEndedAt(), session.getZone(),
				session.getLocalDate(), session.getDurationMinutes(), session.getMethod(), session.getLeftMl(),
				session.getRightMl(), session.getTotalMl(), session.isDropsOnly(), session.isPowerPump(),
				session.isHandExpression(), session.isMassage(), session.isPain(), session.getNotes(),
				session.getVersion());
	}

}
