package app.relacta.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import app.relacta.journal.SessionMethod;
import app.relacta.journal.SessionRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A logged session as the API answers it.
 */
@Schema(name = "Session", description = "A logged session: times with the offset of the zone it was logged in, "
		+ "volumes in mL whatever unit the parent shows.")
record ApiSession(@Schema(description = "The session's id.", example = "1042") long id,
		@Schema(description = "When it started, ISO 8601 with the offset where it was logged.",
				example = "2026-11-28T03:10:00-05:00") OffsetDateTime start,
		@Schema(description = "When it ended.", example = "2026-11-28T03:30:00-05:00") OffsetDateTime end,
		@Schema(description = "The IANA time zone it was logged in.", example = "America/New_York") String zone,
		@Schema(description = "The parent's local day it belongs to (the day it started, where it was logged).",
				example = "2026-11-28") LocalDate date,
		@Schema(description = "Minutes, 1 to 180.", example = "20") int durationMinutes,
		@Schema(description = "How the milk was expressed or the baby fed.",
				example = "DOUBLE_PUMP") SessionMethod method,
		@Schema(description = "Milk from the left side in mL, if measured per side.",
				example = "12.5") @Nullable BigDecimal leftMl,
		@Schema(description = "Milk from the right side in mL, if measured per side.",
				example = "10") @Nullable BigDecimal rightMl,
		@Schema(description = "All the milk of the session in mL, if measured (the sum of the sides when "
				+ "they were given).", example = "22.5") @Nullable BigDecimal totalMl,
		@Schema(description = "Drops seen but not measured.", example = "false") boolean dropsOnly,
		@Schema(description = "A power-pumping session (pump 20, rest 10, pump 10, rest 10, pump 10).",
				example = "false") boolean powerPump,
		@Schema(description = "Hand expression after.", example = "true") boolean handExpression,
		@Schema(description = "Breast massage before.", example = "true") boolean massage,
		@Schema(description = "Pain while pumping, as the parent noted it (often a flange that does not fit).",
				example = "false") boolean pain,
		@Schema(description = "The parent's notes.", example = "Letdown after 5 minutes.") @Nullable String notes,
		@Schema(description = "The version, to send back with a change (optimistic locking).",
				example = "0") long version) {

	static ApiSession of(SessionRecord session) {
		return new ApiSession(session.id(), session.start().atZone(session.zone()).toOffsetDateTime(),
				session.end().atZone(session.zone()).toOffsetDateTime(), session.zone().getId(), session.localDate(),
				session.durationMinutes(), session.method(), plain(session.leftMl()), plain(session.rightMl()),
				plain(session.totalMl()), session.dropsOnly(), session.powerPump(), session.handExpression(),
				session.massage(), session.pain(), session.notes(), session.version());
	}

	/** 12.50 as 12.5: what was stored, without the column's padding. */
	static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
