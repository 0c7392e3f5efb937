package app.relacta.journal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A session as a parent gives it, to log or to change: the start in their local time,
 * volumes in their unit, and for a change the version it was based on. Values may be
 * missing; {@link JournalService} says which are needed.
 */
public record SessionEntry(@Nullable LocalDateTime startedAt, @Nullable Integer durationMinutes,
		@Nullable SessionMethod method, @Nullable BigDecimal leftVolume, @Nullable BigDecimal rightVolume,
		@Nullable BigDecimal totalVolume, boolean dropsOnly, boolean powerPump, boolean handExpression, boolean massage,
		boolean pain, @Nullable String notes, @Nullable Long version) {

	/** A session without pain noted (F5). */
	public SessionEntry(@Nullable LocalDateTime startedAt, @Nullable Integer durationMinutes,
			@Nullable SessionMethod method, @Nullable BigDecimal leftVolume, @Nullable BigDecimal rightVolume,
			@Nullable BigDecimal totalVolume, boolean dropsOnly, boolean powerPump, boolean handExpression,
			boolean massage, @Nullable String notes, @Nullable Long version) {
		this(startedAt, durationMinutes, method, leftVolume, rightVolume, totalVolume, dropsOnly, powerPump,
				handExpression, massage, false, notes, version);
	}

	/**
	 * The longest session that can be logged: a power-pumping hour with room to spare.
	 */
	public static final int MAX_DURATION_MINUTES = 180;

	public static final int DEFAULT_DURATION_MINUTES = 20;

	public static final int MAX_NOTES_LENGTH = 1000;

	/**
	 * A session starting at {@code start}: 20 minutes with a double pump, nothing
	 * measured.
	 */
	public static SessionEntry startingAt(LocalDateTime start) {
		return new SessionEntry(start, DEFAULT_DURATION_MINUTES, SessionMethod.DOUBLE_PUMP, null, null, null, false,
				false, false, false, null, null);
	}

}
