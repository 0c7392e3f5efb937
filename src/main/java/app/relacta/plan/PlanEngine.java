package app.relacta.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

import org.jspecify.annotations.Nullable;

/**
 * Turns the guidance (shared/GUIDANCE.md) and a parent's settings into a day's plan, a
 * review of a day, and when the next session is due. Pure Java: no Spring, no database;
 * "now" and the sessions are passed in, so every rule can be tested from a table.
 */
public final class PlanEngine {

	/** R3: the longest gap by day, start to start. */
	public static final Duration DAY_GAP = Duration.ofHours(3);

	/** R10: by day on the fast track. */
	public static final Duration FAST_TRACK_DAY_GAP = Duration.ofHours(2);

	/** R4: the longest gap at night. */
	public static final Duration NIGHT_GAP = Duration.ofHours(4);

	/** R4: above this a night gap is worth a word. */
	public static final Duration NIGHT_GAP_WARNING = Duration.ofHours(5);

	/** R5: prolactin is highest between 01:00 and 05:00. */
	public static final LocalTime PROLACTIN_FROM = LocalTime.of(1, 0);

	public static final LocalTime PROLACTIN_TO = LocalTime.of(5, 0);

	/** R6: pump 20, rest 10, pump 10, rest 10, pump 10. */
	public static final List<Integer> POWER_PUMP_MINUTES = List.of(20, 10, 10, 10, 10);

	/** E5: a full supply for a baby of 1 to 6 months, about 750 mL a day. */
	public static final BigDecimal FULL_SUPPLY_ML = new BigDecimal("750");

	/** R6: at most this many power-pumping hours a day. */
	public static final int MAX_POWER_PUMPS = 3;

	private static final int SLOT_ROUNDING_MINUTES = 5;

	/** M3: how long induced lactation ramps up to the target. */
	static final int INDUCED_RAMP_DAYS = 7;

	/**
	 * F5: after this many days, a day's milk this low is worth a lactation consultant's
	 * look.
	 */
	static final int LOW_SUPPLY_AFTER_DAYS = 21;

	static final BigDecimal LOW_SUPPLY_ML = new BigDecimal("30");

	private PlanEngine() {
	}

	// ---- The schedule (R1, R3, R4, R5, R6, R10) ----

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
		if (prolactin.isPresent() && night.stream().noneMatch(PlanEngine::inProlactinHours)) {
			// Anchor one session in 01:00-05:00 and space the rest of the night around
			// it.
			LocalTime anchor = prolactin.get();
			int before = minutesBetween(settings.nightStart(), anchor);
			List<LocalTime> anchored = new ArrayList<>(between(settings.nightStart(), before, nightGap));
			anchored.add(anchor);
			anchored.addAll(between(anchor, nightMinutes - before, nightGap));
			night = anchored;
		}
		int target = Math.max(PlanSettings.MIN_SESSIONS,
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

	/** R3 or R10: the day gap for these settings. */
	static Duration dayGap(PlanSettings settings) {
		return settings.fastTrack() ? FAST_TRACK_DAY_GAP : DAY_GAP;
	}

	/**
	 * The day's plan: suggested times (ticked where a logged session matches), the
	 * checklist, what to expect, the supplement and the red flags.
	 * @param sessions the parent's sessions around {@code date} (any order)
	 * @param checks the baby checks of the last three weeks or so
	 * @param supplementGiven the days a supplement was noted, as far back as kept (R12)
	 * @param recentDays the days before {@code date}, for expectations such as a plateau
	 * @param moments the skin-to-skin time and feeds at the breast logged on {@code date}
	 */
	public static DailyPlan plan(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<BabyCheck> checks, List<BabyCheck> supplementGiven, List<DayVolume> recentDays, MomentCounts moments,
			Instant now) {
		PlanSettings settings = forDay(chosen, date);
		List<LocalTime> slots = slotTimes(settings);
		List<SessionFact> today = onDay(sessions, date, zone);
		List<LocalTime> powerPumpSlots = powerPumpSlots(settings, slots);
		Duration dayInterval = dayInterval(settings, slots);
		List<PlannedSession> planned = new ArrayList<>();
		List<SessionFact> unmatched = new ArrayList<>(today);
		for (LocalTime slot : slots) {
			ZonedDateTime time = ZonedDateTime.of(date, slot, zone);
			Optional<SessionFact> match = unmatched.stream()
				.filter((session) -> Duration.between(time.toInstant(), session.start())
					.abs()
					.compareTo(dayInterval.dividedBy(2)) <= 0)
				.min(Comparator.comparing((session) -> Duration.between(time.toInstant(), session.start()).abs()));
			match.ifPresent(unmatched::remove);
			planned.add(new PlannedSession(time, settings.isNight(slot), inProlactinHours(slot),
					powerPumpSlots.contains(slot), match.isPresent()));
		}
		int target = planned.size();
		BabyRules.Status baby = BabyRules.assess(settings, date, checks);
		return new DailyPlan(date, dayNumber(settings, date), target, dayInterval, nightInterval(settings, slots),
				List.copyOf(planned), checklist(settings, today, target, zone, powerPumpSlots, moments),
				expectations(settings, date, recentDays),
				SupplementTaper.advise(settings, date, baby, supplementGiven, recentDays), baby.flags());
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
	private static Duration dayInterval(PlanSettings settings, List<LocalTime> slots) {
		return longestPlannedGap(settings, slots, false).orElse(dayGap(settings));
	}

	/**
	 * The longest planned gap whose middle is at night: the spacing of the night's
	 * sessions.
	 */
	private static Duration nightInterval(PlanSettings settings, List<LocalTime> slots) {
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

	// ---- The checklist (R1, R2, R5, R6, R7, R8, R9, R11) ----

	private static List<ChecklistItem> checklist(PlanSettings settings, List<SessionFact> today, int target,
			ZoneId zone, List<LocalTime> powerPumpSlots, MomentCounts moments) {
		List<ChecklistItem> items = new ArrayList<>();
		items.add(new ChecklistItem(Advice.of(Rule.R1, "plan.item.sessions", today.size(), target),
				(today.size() >= target) ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		boolean prolactin = today.stream().anyMatch((s) -> inProlactinHours(localTime(s.start(), zone)));
		items.add(new ChecklistItem(Advice.of(Rule.R5, "plan.item.night"),
				prolactin ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		if (!powerPumpSlots.isEmpty()) {
			long powerPumped = today.stream().filter(SessionFact::powerPump).count();
			String times = String.join(", ", powerPumpSlots.stream().map(LocalTime::toString).toList());
			items.add(new ChecklistItem(
					Advice.of(Rule.R6, "plan.item.powerPump", powerPumped, powerPumpSlots.size(), times),
					(powerPumped >= powerPumpSlots.size()) ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		}
		long massaged = today.stream().filter(SessionFact::massage).count();
		long expressed = today.stream().filter(SessionFact::handExpression).count();
		items.add(new ChecklistItem(Advice.of(Rule.R7, "plan.item.hands", massaged, expressed, today.size()),
				(!today.isEmpty() && massaged + expressed > 0) ? ChecklistItem.Status.DONE
						: ChecklistItem.Status.ANYTIME));
		items.add(new ChecklistItem(Advice.of(Rule.R2, "plan.item.length"), ChecklistItem.Status.ANYTIME));
		items.add(new ChecklistItem(Advice.of(Rule.R8, "plan.item.skin", moments.skinToSkin()),
				(moments.skinToSkin() > 0) ? ChecklistItem.Status.DONE : ChecklistItem.Status.ANYTIME));
		if (settings.babyLatches()) {
			items.add(new ChecklistItem(Advice.of(Rule.R8, "plan.item.comfort"), ChecklistItem.Status.ANYTIME));
			if (settings.givesSupplement()) {
				items.add(new ChecklistItem(Advice.of(Rule.R9, "plan.item.sns", moments.atBreast()),
						(moments.atBreast() > 0) ? ChecklistItem.Status.DONE : ChecklistItem.Status.ANYTIME));
			}
		}
		if (settings.givesSupplement()) {
			items.add(new ChecklistItem(Advice.of(Rule.R11, "plan.item.fed"), ChecklistItem.Status.ANYTIME));
		}
		return List.copyOf(items);
	}

	// ---- What to expect (E1-E9, R15, F5, M3) ----

	static List<Advice> expectations(PlanSettings settings, LocalDate date, List<DayVolume> recentDays) {
		List<Advice> advice = new ArrayList<>();
		int day = dayNumber(settings, date);
		boolean plateau = day > 7 && plateau(recentDays);
		if (day < 1) {
			advice.add(Advice.of(Rule.M3, "expect.notStarted", settings.startDate()));
		}
		else if (day <= 7) {
			advice.add(Advice.of(Rule.E1, "expect.firstDays"));
		}
		else if (plateau) {
			advice.add(Advice.of(Rule.E4, "expect.plateau"));
		}
		else {
			advice.add(Advice.of(Rule.E1, "expect.weeks"));
		}
		if (day > 7 && (plateau || goalReached(settings, recentDays))) {
			advice.add(Advice.of(Rule.R15, "expect.maintenance"));
		}
		if (settings.path() == LactationPath.INDUCED) {
			advice.add(Advice.of(Rule.E2, "expect.induced"));
		}
		else if (settings.lastExpressed() != null) {
			long weeks = ChronoUnit.WEEKS.between(settings.lastExpressed(), settings.startDate());
			advice.add(weeks <= 2 ? Advice.of(Rule.E2, "expect.recentStop")
					: Advice.of(Rule.E2, "expect.longerStop", weeks));
		}
		LocalDate birth = settings.babyBirthDate();
		if (birth != null && ChronoUnit.DAYS.between(birth, date) > 90 && !settings.babyLatches()) {
			advice.add(Advice.of(Rule.E3, "expect.olderBaby"));
		}
		if (settings.givesSupplement()) {
			advice.add(Advice.of(Rule.E8, "expect.beforeFrantic"));
			if (!settings.babyLatches() || settings.supplementKind() != SupplementKind.NONE) {
				advice.add(Advice.of(Rule.E8, "expect.pacedBottle"));
			}
		}
		if (!settings.babyLatches()) {
			advice.add(Advice.of(Rule.F5, "help.latch"));
			advice.add(Advice.of(Rule.E9, "expect.exclusivePumping"));
		}
		if (day > LOW_SUPPLY_AFTER_DAYS && lowSupply(recentDays)) {
			advice.add(Advice.of(Rule.F5, "help.lowSupply"));
		}
		if (settings.goal() == Goal.DAILY_VOLUME && settings.goalMl() != null) {
			advice.add(Advice.of(Rule.E6, "expect.ownGoal", new Millilitres(settings.goalMl())));
		}
		else if (settings.goal() == Goal.FULL_SUPPLY && fullSupplyFigureApplies(birth, date)) {
			advice.add(Advice.of(Rule.E5, "expect.fullSupply", new Millilitres(FULL_SUPPLY_ML)));
		}
		if (day >= 1 && day <= 21) {
			advice.add(Advice.of(Rule.E7, "expect.diary"));
		}
		advice.add(Advice.of(Rule.E6, "expect.anyAmount"));
		return List.copyOf(advice);
	}

	/**
	 * E5: the full-supply figure is only said for a baby of 1 to 6 months.
	 */
	public static boolean fullSupplyFigureApplies(@Nullable LocalDate birth, LocalDate date) {
		if (birth == null) {
			return false;
		}
		long months = ChronoUnit.MONTHS.between(birth, date);
		return months >= 1 && months < 6;
	}

	/**
	 * The daily amount a parent aims for: their own, or E5's figure for a baby of 1 to 6
	 * months with a full supply as the goal; none otherwise.
	 */
	public static @Nullable BigDecimal goalMl(PlanSettings settings, LocalDate date) {
		if (settings.goal() == Goal.DAILY_VOLUME) {
			return settings.goalMl();
		}
		if (settings.goal() == Goal.FULL_SUPPLY && fullSupplyFigureApplies(settings.babyBirthDate(), date)) {
			return FULL_SUPPLY_ML;
		}
		return null;
	}

	/**
	 * R15: the parent's own daily amount reached on two of the last three measured days.
	 */
	static boolean goalReached(PlanSettings settings, List<DayVolume> recentDays) {
		if (settings.goal() != Goal.DAILY_VOLUME || settings.goalMl() == null) {
			return false;
		}
		BigDecimal goal = settings.goalMl();
		return recentDays.stream()
			.filter((day) -> day.totalMl() != null)
			.sorted(Comparator.comparing(DayVolume::date).reversed())
			.limit(3)
			.filter((day) -> Objects.requireNonNull(day.totalMl()).compareTo(goal) >= 0)
			.count() >= 2;
	}

	/**
	 * F5: the last three days' milk on average below 30 mL a day, all three measured:
	 * unmeasured breastfeeds are not zero.
	 */
	static boolean lowSupply(List<DayVolume> recentDays) {
		List<DayVolume> lastThree = recentDays.stream()
			.sorted(Comparator.comparing(DayVolume::date).reversed())
			.limit(3)
			.toList();
		if (lastThree.size() < 3 || lastThree.stream().anyMatch((day) -> !day.fullyMeasured())) {
			return false;
		}
		BigDecimal average = average(lastThree.stream().map(PlanEngine::zeroIfNull).toList());
		return average != null && average.compareTo(LOW_SUPPLY_ML) < 0;
	}

	/**
	 * E4: the last four measured days each within 10% of their average (and not nothing),
	 * after at least ten days of the plan.
	 */
	public static boolean plateau(List<DayVolume> recentDays) {
		List<BigDecimal> totals = recentDays.stream()
			.sorted(Comparator.comparing(DayVolume::date).reversed())
			.map(DayVolume::totalMl)
			.filter(Objects::nonNull)
			.limit(4)
			.toList();
		if (totals.size() < 4 || recentDays.size() < 10) {
			return false;
		}
		BigDecimal average = average(totals);
		if (average == null || average.compareTo(BigDecimal.TEN) < 0) {
			return false;
		}
		BigDecimal tolerance = average.multiply(new BigDecimal("0.10"));
		return totals.stream().allMatch((total) -> total.subtract(average).abs().compareTo(tolerance) <= 0);
	}

	// ---- The baby first (R11-R14, F1, F2): see BabyRules and SupplementTaper ----

	/**
	 * R12: the last three days' own milk on average above the three days before.
	 */
	static boolean ownMilkRising(List<DayVolume> recentDays) {
		List<DayVolume> newestFirst = recentDays.stream()
			.sorted(Comparator.comparing(DayVolume::date).reversed())
			.toList();
		if (newestFirst.size() < 6) {
			return false;
		}
		BigDecimal last = average(newestFirst.subList(0, 3).stream().map(PlanEngine::zeroIfNull).toList());
		BigDecimal before = average(newestFirst.subList(3, 6).stream().map(PlanEngine::zeroIfNull).toList());
		return last != null && before != null && last.compareTo(before) > 0;
	}

	/**
	 * F1 and F2: the red flags in the baby's checks of the last three weeks or so.
	 */
	public static List<Advice> redFlags(PlanSettings settings, LocalDate date, List<BabyCheck> checks) {
		return BabyRules.assess(settings, date, checks).flags();
	}

	// ---- The review of a day ----

	/**
	 * How a day went: sessions against the target, the longest gaps by day and by night,
	 * the 01:00-05:00 session, power pumping, hand expression, the day's milk against the
	 * days before, and the one thing that would help most tomorrow.
	 * @param sessions the parent's sessions of the day and the evening before (any order)
	 * @param previousDays the days before, newest or oldest first
	 * @param now the end of the review for a day still under way
	 */
	public static DayReview review(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<DayVolume> previousDays, Instant now) {
		PlanSettings settings = forDay(chosen, date);
		Instant dayStart = date.atStartOfDay(zone).toInstant();
		Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
		List<SessionFact> sorted = sessions.stream().sorted(Comparator.comparing(SessionFact::start)).toList();
		List<SessionFact> today = onDay(sorted, date, zone);
		Duration longestDay = Duration.ZERO;
		Duration longestNight = Duration.ZERO;
		Instant previous = sorted.stream()
			.map(SessionFact::start)
			.filter((start) -> start.isBefore(dayStart))
			.reduce((a, b) -> b)
			.orElse(null);
		List<Instant> points = new ArrayList<>(today.stream().map(SessionFact::start).toList());
		if (now.isBefore(dayEnd)) {
			// A day still under way: the gap since the last session counts as it stands.
			points.add(now);
		}
		for (Instant point : points) {
			if (previous != null && point.isAfter(previous)) {
				Duration gap = Duration.between(previous, point);
				Instant middle = previous.plus(gap.dividedBy(2));
				if (settings.isNight(localTime(middle, zone))) {
					longestNight = max(longestNight, gap);
				}
				else {
					longestDay = max(longestDay, gap);
				}
			}
			previous = point;
		}
		boolean nightWindow = today.stream().anyMatch((s) -> settings.isNight(localTime(s.start(), zone)));
		boolean prolactin = today.stream().anyMatch((s) -> inProlactinHours(localTime(s.start(), zone)));
		int powerPumps = (int) today.stream().filter(SessionFact::powerPump).count();
		int handExpression = (int) today.stream().filter(SessionFact::handExpression).count();
		BigDecimal total = today.stream()
			.map(SessionFact::totalMl)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
		List<BigDecimal> before = previousDays.stream()
			.filter((day) -> day.date().isBefore(date) && !day.date().isBefore(date.minusDays(3)))
			.map(PlanEngine::zeroIfNull)
			.toList();
		BigDecimal previousAverage = average(before);
		int target = slotTimes(settings).size();

		List<Advice> findings = new ArrayList<>();
		findings.add(Advice.of(Rule.R1, "review.sessions", today.size(), target));
		if (!longestDay.isZero()) {
			findings.add(Advice.of(Rule.R3,
					longestDay.compareTo(dayGap(settings)) > 0 ? "review.dayGapLong" : "review.dayGapFine",
					hoursAndMinutes(longestDay), hoursAndMinutes(dayGap(settings))));
		}
		if (!longestNight.isZero()) {
			findings.add(Advice.of(Rule.R4,
					longestNight.compareTo(NIGHT_GAP) > 0 ? "review.nightGapLong" : "review.nightGapFine",
					hoursAndMinutes(longestNight), hoursAndMinutes(NIGHT_GAP)));
		}
		findings.add(Advice.of(Rule.R5, prolactin ? "review.prolactinDone" : "review.prolactinMissed"));
		if (settings.powerPumpsPerDay() > 0) {
			findings.add(Advice.of(Rule.R6, powerPumps > 0 ? "review.powerPumpDone" : "review.powerPumpNone"));
		}
		if (!today.isEmpty()) {
			findings.add(Advice.of(Rule.R7, "review.handExpression", handExpression, today.size()));
		}
		if (total != null && previousAverage != null) {
			findings.add(Advice.of(Rule.E6, "review.volumeAgainstBefore", total.stripTrailingZeros().toPlainString(),
					previousAverage.setScale(0, RoundingMode.HALF_UP).toPlainString()));
		}
		Advice tomorrow = tomorrow(settings, today.size(), longestDay, longestNight, prolactin, powerPumps,
				handExpression);
		return new DayReview(date, today.size(), target, longestDay, longestNight, nightWindow, prolactin, powerPumps,
				handExpression, total, previousAverage, List.copyOf(findings), tomorrow);
	}

	/**
	 * The one change that would help most, in order of what the guidance weighs most:
	 * frequency, then the night, then the day's gaps, then the extras.
	 */
	private static Advice tomorrow(PlanSettings settings, int sessions, Duration longestDay, Duration longestNight,
			boolean prolactin, int powerPumps, int handExpression) {
		if (sessions < PlanSettings.MIN_SESSIONS) {
			return Advice.of(Rule.R1, "tomorrow.moreSessions", PlanSettings.MIN_SESSIONS);
		}
		if (longestNight.compareTo(NIGHT_GAP_WARNING) > 0) {
			return Advice.of(Rule.R4, "tomorrow.shorterNight", hoursAndMinutes(NIGHT_GAP));
		}
		if (!prolactin) {
			return Advice.of(Rule.R5, "tomorrow.prolactin");
		}
		if (longestDay.compareTo(dayGap(settings)) > 0) {
			return Advice.of(Rule.R3, "tomorrow.shorterDay", hoursAndMinutes(dayGap(settings)));
		}
		if (handExpression == 0) {
			return Advice.of(Rule.R7, "tomorrow.hands");
		}
		if (settings.powerPumpsPerDay() > 0 && powerPumps == 0) {
			return Advice.of(Rule.R6, "tomorrow.powerPump");
		}
		return Advice.of(Rule.E6, "tomorrow.keepGoing");
	}

	// ---- Next session and the last 24 hours ----

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

	// ---- Helpers ----

	private static List<SessionFact> onDay(List<SessionFact> sessions, LocalDate date, ZoneId zone) {
		return sessions.stream()
			.filter((s) -> LocalDate.ofInstant(s.start(), zone).equals(date))
			.sorted(Comparator.comparing(SessionFact::start))
			.toList();
	}

	static boolean inProlactinHours(LocalTime time) {
		return !time.isBefore(PROLACTIN_FROM) && time.isBefore(PROLACTIN_TO);
	}

	private static LocalTime localTime(Instant instant, ZoneId zone) {
		return LocalTime.ofInstant(instant, zone);
	}

	private static int minutesBetween(LocalTime from, LocalTime to) {
		int minutes = (int) Duration.between(from, to).toMinutes();
		return (minutes <= 0) ? minutes + 24 * 60 : minutes;
	}

	private static int circularDistance(LocalTime a, LocalTime b) {
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

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static BigDecimal zeroIfNull(DayVolume day) {
		return (day.totalMl() != null) ? day.totalMl() : BigDecimal.ZERO;
	}

	private static BigDecimal zeroIfNull(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static @Nullable BigDecimal average(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	/** A duration as "4 h" or "2 h 30 min", for messages. */
	public static String hoursAndMinutes(Duration duration) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return minutes + " min";
		}
		return (minutes == 0) ? hours + " h" : hours + " h " + minutes + " min";
	}

}
