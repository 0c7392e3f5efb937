package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A parent's situation and choices, as the engine reads them. Every value has a default
 * from the guidance ({@link #defaults(LocalDate)}), so a parent can skip any question.
 *
 * @param lastExpressed when milk was last expressed, or null for never (or not known)
 * @param startDate the plan's day 1 (for induced lactation: the day pumping starts, M3)
 * @param supplementMlPerDay the baby's daily supplement in mL, or null if none
 * @param goalMl the daily volume aimed at, with {@link Goal#DAILY_VOLUME}
 * @param targetSessions sessions per 24 hours (R1: 8 to 12; R15: 6 or 7 is the
 * maintenance rhythm, once the goal or a plateau is reached)
 * @param fastTrack sessions every 1 to 2 hours by day (R10), the parent's choice
 * @param powerPumpsPerDay 0 or 1 (R6)
 */
public record PlanSettings(LactationPath path, @Nullable LocalDate lastExpressed, LocalDate startDate,
		@Nullable LocalDate babyBirthDate, boolean babyLatches, @Nullable BigDecimal supplementMlPerDay,
		SupplementKind supplementKind, Goal goal, @Nullable BigDecimal goalMl, LocalTime nightStart, LocalTime nightEnd,
		int targetSessions, boolean fastTrack, int powerPumpsPerDay) {

	/** R1: at least 8 sessions in 24 hours. */
	public static final int MIN_SESSIONS = 8;

	/**
	 * R15: the maintenance rhythm allows as few as this many sessions a day, about every
	 * 4 hours, once the goal or a plateau is reached and the parent chooses it.
	 */
	public static final int MAINTENANCE_MIN_SESSIONS = 6;

	/** R1: the default target. */
	public static final int DEFAULT_SESSIONS = 10;

	/** R1: at most 12 sessions are planned. */
	public static final int MAX_SESSIONS = 12;

	public static final LocalTime DEFAULT_NIGHT_START = LocalTime.of(22, 0);

	public static final LocalTime DEFAULT_NIGHT_END = LocalTime.of(6, 0);

	public static PlanSettings defaults(LocalDate startDate) {
		return new PlanSettings(LactationPath.RELACTATION, null, startDate, null, false, null, SupplementKind.NONE,
				Goal.FULL_SUPPLY, null, DEFAULT_NIGHT_START, DEFAULT_NIGHT_END, DEFAULT_SESSIONS, false, 1);
	}

	/**
	 * Whether a local time lies in the parent's night window, which may cross midnight.
	 */
	public boolean isNight(LocalTime time) {
		return night().contains(time);
	}

	public NightWindow night() {
		return new NightWindow(this.nightStart, this.nightEnd);
	}

	/**
	 * R15: whether the parent chose the maintenance rhythm (6 or 7 sessions a day).
	 */
	public boolean maintenance() {
		return this.targetSessions < MIN_SESSIONS;
	}

	public boolean givesSupplement() {
		return this.supplementMlPerDay != null && this.supplementMlPerDay.signum() > 0;
	}

}
