package app.relacta.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A session to log, or the new values of one to change: the same rules as the journal's
 * form, volumes in mL.
 */
@Schema(name = "SessionInput",
		description = "A session to log (POST) or the whole new state of one (PUT). "
				+ "The same rules as the journal's form: a start no later than now and at most a year ago, 1 to 180 "
				+ "minutes, at most 500 mL a side and 1000 mL in all, sides that add up to the total.")
record SessionInput(
		@Schema(description = "When it started, ISO 8601: with an offset, or without one to read it in the "
				+ "parent's time zone (for a change: the zone the session was logged in).",
				example = "2026-11-28T03:10", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String start,
		@Schema(description = "Minutes, 1 to 180.", example = "20",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer durationMinutes,
		@Schema(description = "How the milk was expressed or the baby fed.", example = "DOUBLE_PUMP",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SessionMethod method,
		@Schema(description = "Milk from the left side in mL (leave out if not measured).",
				example = "12.5") @Nullable BigDecimal leftMl,
		@Schema(description = "Milk from the right side in mL.", example = "10") @Nullable BigDecimal rightMl,
		@Schema(description = "All the milk in mL, when the sides were not measured apart (with sides, it must "
				+ "be their sum or left out).", example = "22.5") @Nullable BigDecimal totalMl,
		@Schema(description = "Drops seen but not measured (no volume then).",
				example = "false") @Nullable Boolean dropsOnly,
		@Schema(description = "A power-pumping session.", example = "false") @Nullable Boolean powerPump,
		@Schema(description = "Hand expression after.", example = "true") @Nullable Boolean handExpression,
		@Schema(description = "Breast massage before.", example = "true") @Nullable Boolean massage,
		@Schema(description = "Pain while pumping (Today then suggests checking the flange's fit).",
				example = "false") @Nullable Boolean pain,
		@Schema(description = "Notes, up to 1000 characters.",
				example = "Letdown after 5 minutes.") @Nullable String notes,
		@Schema(description = "For a change (PUT): the version it is based on, as last read (or send the "
				+ "session's `ETag` as `If-Match`). A session changed since answers 409.",
				example = "0") @Nullable Long version) {

	/** The same input, based on {@code version} (an {@code If-Match}'s). */
	SessionInput withVersion(long version) {
		return new SessionInput(this.start, this.durationMinutes, this.method, this.leftMl, this.rightMl, this.totalMl,
				this.dropsOnly, this.powerPump, this.handExpression, this.massage, this.pain, this.notes, version);
	}

	/**
	 * This input as the journal's entry, its start in {@code zone}.
	 * @throws InvalidInput if the start is not an ISO date-time
	 */
	SessionEntry entry(ZoneId zone) {
		return new SessionEntry(localStart(zone), this.durationMinutes, this.method, this.leftMl, this.rightMl,
				this.totalMl, yes(this.dropsOnly), yes(this.powerPump), yes(this.handExpression), yes(this.massage),
				yes(this.pain), this.notes, this.version);
	}

	private @Nullable LocalDateTime localStart(ZoneId zone) {
		if (this.start == null || this.start.isBlank()) {
			return null;
		}
		String text = this.start.strip();
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException local) {
			try {
				return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
			}
			catch (DateTimeParseException offset) {
				throw new InvalidInput(Rejection.of("startedAt", "api.dateTime"));
			}
		}
	}

	private static boolean yes(@Nullable Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
