package app.relacta.plan;

import java.time.Duration;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * When the next session is due.
 *
 * @param due the time, or null when nothing is logged in the last 24 hours (any time is
 * good)
 * @param untilDue time left until it is due (zero when due or overdue)
 * @param overdue how long past due (zero when not yet due)
 */
public record NextSession(@Nullable ZonedDateTime due, Duration untilDue, Duration overdue) {

	public boolean isOverdue() {
		return !this.overdue.isZero();
	}

	public long minutesUntilDue() {
		return this.untilDue.toMinutes();
	}

	public long minutesOverdue() {
		return this.overdue.toMinutes();
	}

}
