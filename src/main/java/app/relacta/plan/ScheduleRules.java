package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schedule (R1, R3, R4, R5, R6, R10, M3): when a day's sessions fall, how far apart,
 * the night session in the prolactin hours, the power-pumping hours, when the next
 * session is due and how the last 24 hours went. Pure Java, tested from tables
 * (ScheduleRulesTests).
 */
public final class ScheduleRules {

	/** R3: the longest gap by day, start to start. */
	public static final Duration DAY_GAP = Duration.ofHours(3);

	/** R10: by day on the fast track. */
	public static final Duration FAST_TRACK_DAY_GAP = Duration.ofHours(2);

	/** R15: the maintenance rhythm, about every 4 hours by day too. */
	public static final Duration MAINTENANCE_DAY_GAP = Duration.ofHours(4);

	/** R4: the longest gap at night. */
	public static final Duration NIGHT_GAP = Duration.ofHours(4);

	/** R4: above this a night gap is worth a word. */
	public static final Duration NIGHT_GAP_WARNING = Duration.ofHours(5);

	/** R5: prolactin is highest between 01:00 and 05:00. */
	public static final LocalTime PROLACTIN_FROM = LocalTime.of(1, 0);

	public static final LocalTime PROLACTIN_TO = LocalTime.of(5, 0);

	/** R6: pump 20, rest 10, pump 10, rest 10, pump 10. */
	public static final List<Integer> POWER_PUMP_MINUTES = List.of(20, 10, 10, 10, 10);

	/** R6: at most this many power-pumping hours a day. */
	public static final int MAX_POWER_PUMPS = 3;

	private static final int SLOT_ROUNDING_MINUTES = 5;

	/** M3: how long induced lactation ramps up to the target. */
	static final int INDUCED_RAMP_DAYS = 7;

	/**
	 * The suggested local times of a day, sorted from midnight: sessions spread through
	 * the day at most the day gap apart, the night at most the night gap apart, at least
	 * one in the night window, placed between 01:00 and 05:00 where the window allows.
	 */
	static List<LocalTime> slotTimes(PlanSettings settings) {
		int nightMinutes = minutesBetween(settings.nightStart(), settings.nightEnd());
		int dayMinutes = 24 * 60 - nightMinutes;
		int nightGap = (int) NIGHT_GAP.toMinutes();
		List<LocalTime> night = between(settings.nightStart(), nightMinutes, nightGap);
		if (night.isEmpty()) {
			// R5: at least one session in the night window, even a short one.
			night = List.of(round(settings.nightStart().plusMinutes(nightMinutes / 2)));
		}
		Optional<LocalTime> prolactin = prolactinPoint(settings, nightMinutes);
		if (prolactin.isPresent() && night.stream().noneMatch(ScheduleRules::inProlactinHours)) {
			// Anchor one session in 01:00-05:00 and space the rest of the night around
			// it.
			LocalTime anchor = prolactin.get();
			int before = minutesBetween(settings.nightStart(), anchor);
			List<LocalTime> anchored = new ArrayList<>(between(settings.nightStart(), before, nightGap));
			anchored.add(anchor);
			anchored.addAll(between(anchor, nightMinutes - before, nightGap));
			night = anchored;
		}
		int target = Math.max(PlanSettings.MAINTENANCE_MIN_SESSIONS,
				Math.min(PlanSettings.MAX_SESSIONS, settings.targetSessions()));
		int dayGap = (int) dayGap(settings).toMinutes();
		int daySlots = Math.max(target - night.size(), ceilDiv(dayMinutes, dayGap) + 1);
		List<LocalTime> times = new ArrayList<>();
		for (int i = 0; i < daySlots; i++) {
			times.add(round(settings.nightEnd().plusMinutes((long) dayMinutes * i / (daySlots - 1))));
		}
		times.addAll(night);
		times.sort(Comparator.naturalOrder());
		return List.copyOf(times);
	}

	/**
	 * The fewest evenly spaced times strictly inside a stretch of {@code minutes} after
	 * {@code from} that keep every gap within {@code maxGap} minutes.
	 */
	private static List<LocalTime> between(LocalTime from, int minutes, int maxGap) {
		int count = Math.max(0, ceilDiv(minutes, maxGap) - 1);
		List<LocalTime> times = new ArrayList<>();
		for (int j = 1; j <= count; j++) {
			times.add(round(from.plusMinutes((long) minutes * j / (count + 1))));
		}
		return times;
	}

	/**
	 * R5: the time in 01:00-05:00 nearest the middle of the night window, if the window
	 * reaches into those hours.
	 */
	private static Optional<LocalTime> prolactinPoint(PlanSettings settings, int nightMinutes) {
		LocalTime middle = settings.nightStart().plusMinutes(nightMinutes / 2);
		return Stream.iterate(PROLACTIN_FROM, (t) -> t.isBefore(PROLACTIN_TO), (t) -> t.plusMinutes(15))
			.filter(settings::isNight)
			.filter((t) -> !t.equals(settings.nightStart()))
			.min(Comparator.comparingInt((LocalTime t) -> circularDistance(t, middle)));
	}

	/**
	 * M3: for induced lactation the sessions ramp up: the first week plans two sessions
	 * fewer than the target (never fewer than R1's 8), then the full target.
	 */
	public static PlanSettings forDay(PlanSettings settings, LocalDate date) {
		int day = dayNumber(settings, date);
		if (settings.path() != LactationPath.INDUCED || day > INDUCED_RAMP_DAYS
				|| settings.targetSessions() <= PlanSettings.MIN_SESSIONS) {
			return settings;
		}
		int target = Math.max(PlanSettings.MIN_SESSIONS, settings.targetSessions() - 2);
		return new PlanSettings(settings.path(), settings.lastExpressed(), settings.startDate(),
				settings.babyBirthDate(), settings.babyLatches(), settings.supplementMlPerDay(),
				settings.supplementKind(), settings.goal(), settings.goalMl(), settings.nightStart(),
				settings.nightEnd(), target, settings.fastTrack(), settings.powerPumpsPerDay());
	}

	/** R3, R10 or R15: the day gap for these settings. */
	static Duration dayGap(PlanSettings settings) {
		if (settings.maintenance()) {
			return MAINTENANCE_DAY_GAP;
		}
		return settings.fastTrack() ? FAST_TRACK_DAY_GAP : DAY_GAP;
	}

	/** The day number of the plan: day 1 is the start date. */
	public static int dayNumber(PlanSettings settings, LocalDate date) {
		return (int) ChronoUnit.DAYS.between(settings.startDate(), date) + 1;
	}

	/**
	 * R6: the day slots for the chosen power-pumping hours. The diary's author power
	 * pumped "every night before bed": the first is the day slot nearest two hours before
	 * the night window; a second and third go about six and twelve hours earlier.
	 */
	static List<LocalTime> powerPumpSlots(PlanSettings settings, List<LocalTime> slots) {
		List<LocalTime> chosen = new ArrayList<>();
		int count = Math.min(MAX_POWER_PUMPS, settings.powerPumpsPerDay());
		for (int i = 0; i < count; i++) {
			LocalTime wanted = settings.nightStart().minusHours(2 + 6L * i);
			slots.stream()
				.filter((slot) -> !settings.isNight(slot) && !chosen.contains(slot))
				.min(Comparator.comparingInt((LocalTime slot) -> circularDistance(slot, wanted)))
				.ifPresent(chosen::add);
		}
		chosen.sort(Comparator.naturalOrder());
		return List.copyOf(chosen);
	}

	/**
	 * The longest planned gap whose middle is by day: the spacing of the day's sessions.
	 */
	static Duration dayInterval(PlanSettings settings, List<LocalTime> slots) {
		return longestPlannedGap(settings, slots, false).orElse(dayGap(settings));
	}

	/**
	 * The longest planned gap whose middle is at night: the spacing of the night's
	 * sessions.
	 */
	static Duration nightInterval(PlanSettings settings, List<LocalTime> slots) {
		return longestPlannedGap(settings, slots, true).orElse(NIGHT_GAP);
	}

	private static Optional<Duration> longestPlannedGap(PlanSettings settings, List<LocalTime> slots, boolean night) {
		Duration longest = null;
		for (int i = 0; i < slots.size(); i++) {
			LocalTime from = slots.get(i);
			int minutes = minutesBetween(from, slots.get((i + 1) % slots.size()));
			if (settings.isNight(from.plusMinutes(minutes / 2)) == night) {
				Duration gap = Duration.ofMinutes(minutes);
				longest = (longest == null) ? gap : max(longest, gap);
			}
		}
		return Optional.ofNullable(longest);
	}

	/**
	 * When the next session is due: the plan's spacing after the last session (the
	 * night's spacing when that lands in the night window). With nothing in the last 24
	 * hours, any time is a good time.
	 */
	public static NextSession nextSession(PlanSettings settings, ZoneId zone, List<SessionFact> sessions, Instant now) {
		List<LocalTime> slots = slotTimes(settings);
		Optional<Instant> last = sessions.stream()
			.map(SessionFact::start)
			.filter((start) -> !start.isAfter(now) && start.isAfter(now.minus(Duration.ofHours(24))))
			.max(Comparator.naturalOrder());
		if (last.isEmpty()) {
			return new NextSession(null, Duration.ZERO, Duration.ZERO);
		}
		Instant byDay = last.get().plus(dayInterval(settings, slots));
		Instant due = settings.isNight(localTime(byDay, zone)) ? last.get().plus(nightInterval(settings, slots))
				: byDay;
		ZonedDateTime dueAt = due.atZone(zone);
		if (now.isAfter(due)) {
			return new NextSession(dueAt, Duration.ZERO, Duration.between(due, now));
		}
		return new NextSession(dueAt, Duration.between(now, due), Duration.ZERO);
	}

	/**
	 * The rolling 24 hours up to now: sessions, milk, the longest gap (including the one
	 * still open) and whether a session fell between 01:00 and 05:00.
	 */
	public static RollingDay last24Hours(ZoneId zone, List<SessionFact> sessions, Instant now) {
		Instant from = now.minus(Duration.ofHours(24));
		List<SessionFact> window = sessions.stream()
			.filter((s) -> s.start().isAfter(from) && !s.start().isAfter(now))
			.sorted(Comparator.comparing(SessionFact::start))
			.toList();
		BigDecimal total = window.stream()
			.map(SessionFact::totalMl)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Duration longest = Duration.ZERO;
		Instant previous = sessions.stream()
			.map(SessionFact::start)
			.filter((start) -> !start.isAfter(from))
			.max(Comparator.naturalOrder())
			.orElse(null);
		for (SessionFact session : window) {
			if (previous != null) {
				longest = max(longest, Duration.between(previous, session.start()));
			}
			previous = session.start();
		}
		if (previous != null) {
			longest = max(longest, Duration.between(previous, now));
		}
		boolean prolactin = window.stream().anyMatch((s) -> inProlactinHours(localTime(s.start(), zone)));
		return new RollingDay(window.size(), total, longest, prolactin);
	}

	static List<SessionFact> onDay(List<SessionFact> sessions, LocalDate date, ZoneId zone) {
		return sessions.stream()
			.filter((s) -> LocalDate.ofInstant(s.start(), zone).equals(date))
			.sorted(Comparator.comparing(SessionFact::start))
			.toList();
	}

	static boolean inProlactinHours(LocalTime time) {
		return !time.isBefore(PROLACTIN_FROM) && time.isBefore(PROLACTIN_TO);
	}

	static LocalTime localTime(Instant instant, ZoneId zone) {
		return LocalTime.ofInstant(instant, zone);
	}

	static int minutesBetween(LocalTime from, LocalTime to) {
		int minutes = (int) Duration.between(from, to).toMinutes();
		return (minutes <= 0) ? minutes + 24 * 60 : minutes;
	}

	static int circularDistance(LocalTime a, LocalTime b) {
		int minutes = Math.abs(a.toSecondOfDay() - b.toSecondOfDay()) / 60;
		return Math.min(minutes, 24 * 60 - minutes);
	}

	private static LocalTime round(LocalTime time) {
		int minutes = time.getHour() * 60 + time.getMinute();
		int rounded = Math.round(minutes / (float) SLOT_ROUNDING_MINUTES) * SLOT_ROUNDING_MINUTES;
		return LocalTime.MIDNIGHT.plusMinutes(rounded % (24 * 60));
	}

	private static int ceilDiv(int a, int b) {
		return -Math.floorDiv(-a, b);
	}

	static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private ScheduleRules() {
	}

}
