package app.relacta.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What to expect (E1-E9, R15, F5, M3): the weeks it takes, a plateau, the parent's own
 * goal or E5's full supply, and when a lactation consultant's look would help. Pure Java,
 * tested from tables (ExpectationRulesTests).
 */
public final class ExpectationRules {

	/** E5: a full supply for a baby of 1 to 6 months, about 750 mL a day. */
	public static final BigDecimal FULL_SUPPLY_ML = new BigDecimal("750");

	/** R15: a fall of a fifth over a week suggests going back to 8 sessions a day. */
	static final BigDecimal MAINTENANCE_FALL = new BigDecimal("0.80");

	/** R15: each week compared needs this many measured days. */
	static final int MEASURED_DAYS_A_WEEK = 4;

	static List<Advice> expectations(PlanSettings settings, LocalDate date, List<DayVolume> recentDays) {
		List<Advice> advice = new ArrayList<>();
		int day = ScheduleRules.dayNumber(settings, date);
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
		if (settings.maintenance()) {
			advice.add(Advice.of(Rule.R15, "expect.maintenanceChosen", settings.targetSessions()));
			if (fellByAFifth(date, recentDays)) {
				advice.add(Advice.of(Rule.R15, "expect.maintenanceFalling", PlanSettings.MIN_SESSIONS));
			}
		}
		else if (maintenanceOpen(settings, date, recentDays)) {
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
	 * R15: the maintenance rhythm may be offered (and chosen) once the goal is reached or
	 * the milk has levelled off (E4), after the first week.
	 */
	public static boolean maintenanceOpen(PlanSettings settings, LocalDate date, List<DayVolume> recentDays) {
		return ScheduleRules.dayNumber(settings, date) > 7
				&& (plateau(recentDays) || goalReached(settings, recentDays));
	}

	/**
	 * R15: the last 7 days' milk at least a fifth below the 7 days before, each week with
	 * at least {@link #MEASURED_DAYS_A_WEEK} measured days (an unmeasured day is not
	 * zero).
	 */
	static boolean fellByAFifth(LocalDate date, List<DayVolume> recentDays) {
		BigDecimal lastWeek = weekAverage(recentDays, date.minusDays(7), date);
		BigDecimal weekBefore = weekAverage(recentDays, date.minusDays(14), date.minusDays(7));
		return lastWeek != null && weekBefore != null && weekBefore.signum() > 0
				&& lastWeek.compareTo(weekBefore.multiply(MAINTENANCE_FALL)) <= 0;
	}

	private static @Nullable BigDecimal weekAverage(List<DayVolume> days, LocalDate from, LocalDate before) {
		List<BigDecimal> measured = days.stream()
			.filter((day) -> !day.date().isBefore(from) && day.date().isBefore(before) && day.totalMl() != null)
			.map(DayVolume::totalMl)
			.map(Objects::requireNonNull)
			.toList();
		return (measured.size() >= MEASURED_DAYS_A_WEEK) ? average(measured) : null;
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
		BigDecimal last = average(newestFirst.subList(0, 3).stream().map(ExpectationRules::zeroIfNull).toList());
		BigDecimal before = average(newestFirst.subList(3, 6).stream().map(ExpectationRules::zeroIfNull).toList());
		return last != null && before != null && last.compareTo(before) > 0;
	}

	static BigDecimal zeroIfNull(DayVolume day) {
		return (day.totalMl() != null) ? day.totalMl() : BigDecimal.ZERO;
	}

	/** The average to 2 decimals, none of nothing. */
	static @Nullable BigDecimal average(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	private ExpectationRules() {
	}

}
