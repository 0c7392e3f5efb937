package app.relacta.plan;

import java.time.LocalTime;

/**
 * A parent's night: from {@code start} to {@code end} in their local time, which may
 * cross midnight (22:00 to 06:00). Sessions in it are planned up to 4 hours apart (R4).
 */
public record NightWindow(LocalTime start, LocalTime end) {

	/** The guidance's default night, until a parent sets their own. */
	public static final NightWindow DEFAULT = new NightWindow(PlanSettings.DEFAULT_NIGHT_START,
			PlanSettings.DEFAULT_NIGHT_END);

	/**
	 * Whether a local time lies in this night.
	 */
	public boolean contains(LocalTime time) {
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/**
	 * Published, inside the transaction that saves it, when a parent's night window
	 * changes: figures counted against the old night need counting again.
	 */
	public record Changed(long parentId, NightWindow night) {

	}

}
