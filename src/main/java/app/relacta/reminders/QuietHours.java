package app.relacta.reminders;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Whether a time falls in a device's quiet hours: from {@code from} up to (not including)
 * {@code until}, across midnight when {@code until} comes first.
 */
final class QuietHours {

	private QuietHours() {
	}

	static boolean covers(@Nullable LocalTime from, @Nullable LocalTime until, LocalTime time) {
		if (from == null || until == null || from.equals(until)) {
			return false;
		}
		if (from.isBefore(until)) {
			return !time.isBefore(from) && time.isBefore(until);
		}
		return !time.isBefore(from) || time.isBefore(until);
	}

}
