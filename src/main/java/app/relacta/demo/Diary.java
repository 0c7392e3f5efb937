package app.relacta.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.relacta.account.VolumeUnit;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import org.jspecify.annotations.Nullable;

/**
 * The source article's 21-day relactation diary as data: each day's session times, power
 * pumps and hand expression, and its milk, for the demo to replay.
 */
final class Diary {

	private static final BigDecimal OZ = VolumeUnit.OZ.millilitresPerUnit();

	private static final BigDecimal HALF_ML = new BigDecimal("0.5");

	/** The diary's pattern from day 10 on, for each later day. */
	static final String LATER_PATTERN = "03:00H 07:00H 10:00H 13:00H 16:00H 19:00H 21:00PH 23:00H";

	/**
	 * The diary of shared/sources/relactating-and-inducing-lactation-8-steps.txt, day by
	 * day: the times it describes, and its totals (the days it gives no total for are the
	 * steps in between its numbers).
	 */
	static List<DiaryDay> diary() {
		List<DiaryDay> days = new ArrayList<>();
		days.add(day(1, null, "Started at 3 PM: hourly, then every 2.5 hours overnight. A few sticky yellow drops.",
				"15:00 16:00 17:00 18:00 19:00 20:00 21:00 22:30"));
		days.add(day(2, null, "3 to 10 sticky drops a session, a little whiter than yesterday. Two power pumps.",
				"01:00 03:30 06:00 08:30 10:00 11:30P 13:00 14:30 16:00 17:30P 19:00 20:30 22:00"));
		days.add(day(3, null, "10 to 15 drops each time. Not a lot, but progress!",
				"01:00 04:00 07:00 08:30 10:00 12:00 13:30P 15:30 17:00 19:00 21:00 23:00"));
		days.add(day(4, Map.of("14:30", new BigDecimal("2")),
				"Hand expressing before and after now. A letdown in my left breast, and 2 mL in one session!",
				"02:00H 05:00H 07:00H 08:30H 10:00H 11:30H 13:00H 14:30H 16:00H 17:30H 19:00H 20:30H 22:00H"));
		days.add(measured(5, "15", Map.of(), "Every 2 to 3 hours. 15 mL in all today!",
				"01:00H 04:00H 07:00H 09:30H 12:00H 14:30H 17:00H 19:30H 22:00H"));
		days.add(measured(6, "45", Map.of("20:00", new BigDecimal("15")),
				"Every 3 hours by day, 4 at night. 15 mL at 8 PM!",
				"02:00H 06:00H 09:00H 12:00H 15:00H 18:00H 20:00H 22:00H"));
		days.add(measured(7, "95", Map.of("08:00", new BigDecimal("20"), "12:00", new BigDecimal("15")),
				"20 mL at 8 AM, 15 mL at noon, then every 2 hours.",
				"02:00H 06:00H 08:00H 12:00H 14:00H 16:00H 18:00H 20:00H 22:00H"));
		days.add(measured(8, "120", Map.of(), "At least every 3 hours. 4 oz today!",
				"02:00H 05:00H 08:00H 11:00H 14:00H 17:00H 20:00H 23:00H"));
		days.add(ounces(9, "5", "Every 4 hours or more often, a power pump in the evening.",
				"03:00H 07:00H 10:00H 13:00H 16:00H 19:00PH 23:00H"));
		String[] ounces = { "6.5", "8.5", "10", "11.25", "12.5", "13.75", "15", "16", "18", "20", "18", "19" };
		for (int day = 10; day <= 21; day++) {
			days.add(ounces(day, ounces[day - 10],
					(day == 10) ? "Every 1 to 4 hours by day, 4 at night, a power pump every night before bed." : null,
					LATER_PATTERN));
		}
		return days;
	}

	private static DiaryDay day(int number, @Nullable Map<String, BigDecimal> volumes, String note, String times) {
		return new DiaryDay(number, sessions(times, null, (volumes != null) ? volumes : Map.of(), note));
	}

	private static DiaryDay measured(int number, String totalMl, Map<String, BigDecimal> fixed, String note,
			String times) {
		return new DiaryDay(number, sessions(times, new BigDecimal(totalMl), fixed, note));
	}

	private static DiaryDay ounces(int number, String oz, @Nullable String note, String times) {
		BigDecimal ml = new BigDecimal(oz).multiply(OZ).setScale(2, RoundingMode.HALF_UP);
		return new DiaryDay(number, sessions(times, ml, Map.of(), note));
	}

	/**
	 * Sessions at the given times ("19:00PH": power pump, hand expression); a day total
	 * is spread evenly over the sessions not fixed, in half millilitres, the last taking
	 * the rest so that the day adds up exactly. Without a total, sessions are drops only.
	 */
	static List<DiarySession> sessions(String times, @Nullable BigDecimal totalMl, Map<String, BigDecimal> fixed,
			@Nullable String note) {
		String[] parts = times.split(" ");
		BigDecimal fixedSum = fixed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int free = parts.length - fixed.size();
		BigDecimal share = (totalMl != null && free > 0) ? totalMl.subtract(fixedSum)
			.divide(BigDecimal.valueOf(free), 0, RoundingMode.DOWN)
			.divide(HALF_ML, 0, RoundingMode.DOWN)
			.multiply(HALF_ML) : BigDecimal.ZERO;
		List<DiarySession> sessions = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		int lastFree = -1;
		for (int i = 0; i < parts.length; i++) {
			if (!fixed.containsKey(parts[i].substring(0, 5))) {
				lastFree = i;
			}
		}
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			String time = part.substring(0, 5);
			BigDecimal volume = fixed.get(time);
			if (volume == null && totalMl != null) {
				volume = (i == lastFree) ? null : share;
			}
			sessions.add(new DiarySession(LocalTime.parse(time), part.contains("P"), part.contains("H"), volume,
					(i == 0) ? note : null));
			if (volume != null) {
				sum = sum.add(volume);
			}
		}
		if (totalMl != null && lastFree >= 0) {
			DiarySession last = sessions.get(lastFree);
			sessions.set(lastFree,
					new DiarySession(last.time(), last.powerPump(), last.hands(), totalMl.subtract(sum), last.note()));
		}
		return sessions;
	}

	record DiaryDay(int number, List<DiarySession> sessions) {

	}

	record DiarySession(LocalTime time, boolean powerPump, boolean hands, @Nullable BigDecimal volumeMl,
			@Nullable String note) {

		SessionEntry entry(LocalDate date) {
			boolean dropsOnly = this.volumeMl == null || this.volumeMl.signum() == 0;
			return new SessionEntry(LocalDateTime.of(date, this.time), this.powerPump ? 60 : 20,
					SessionMethod.DOUBLE_PUMP, null, null, dropsOnly ? null : this.volumeMl, dropsOnly, this.powerPump,
					this.hands, this.hands, this.note, null);
		}

	}

	private Diary() {
	}

}
