package app.relacta.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * R11 and R12: the supplement is reduced slowly, and only while the baby is fine. The
 * record is what was actually given per day (the baby checks); the plan settings only
 * hold the starting amount. From that history the taper knows when the last cut happened,
 * how big it was, and when the next one may come: 30 mL a day less for 3 days, another 30
 * mL less for 3 days, then 30 to 60 mL less every 2 to 3 days.
 */
public final class SupplementTaper {

	/** R12: the first two cuts are this size. */
	public static final BigDecimal FIRST_CUT_ML = new BigDecimal("30");

	/** R12: later cuts are 30 to 60 mL. */
	public static final BigDecimal LATER_CUT_MAX_ML = new BigDecimal("60");

	/** R12: cuts made at the slow start, each held for {@link #EARLY_HOLD_DAYS}. */
	static final int EARLY_CUTS = 2;

	/** R12: never two cuts within 3 days at the start. */
	static final int EARLY_HOLD_DAYS = 3;

	/** R12: in the later stage, never two cuts within 2 days. */
	static final int LATER_HOLD_DAYS = 2;

	/** How many given days the timeline shows. */
	static final int TIMELINE_DAYS = 21;

	private SupplementTaper() {
	}

	/** Which way the advice goes, as the markup names it ({@code data-advice}). */
	public enum Direction {

		REDUCE, HOLD, WAIT, LOG_CHECKS, DONE;

		public String attribute() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** A day's supplement as given, and whether it was a cut. */
	public record GivenDay(LocalDate date, BigDecimal ml, boolean cut) {

	}

	/** A cut: the day it happened, from and to how much a day. */
	public record Cut(LocalDate date, BigDecimal fromMl, BigDecimal toMl) {

		public BigDecimal sizeMl() {
			return this.fromMl.subtract(this.toMl);
		}

	}

	/**
	 * The taper so far.
	 *
	 * @param currentMl the amount given now (the last day noted, else the starting
	 * amount)
	 * @param days the latest given days, oldest first
	 * @param cuts every cut, oldest first
	 * @param cutsInRun the cuts since the start or since the amount last went up
	 * @param lastChange the day the amount last changed, if it did
	 * @param nextPossibleCut the first day a cut would keep R12's spacing
	 */
	public record Timeline(BigDecimal currentMl, List<GivenDay> days, List<Cut> cuts, int cutsInRun,
			@Nullable LocalDate lastChange, @Nullable LocalDate nextPossibleCut) {

		public @Nullable Cut lastCut() {
			return this.cuts.isEmpty() ? null : this.cuts.get(this.cuts.size() - 1);
		}

		/** A day's amount as a share of the largest shown, for the timeline's bars. */
		public int barPercent(GivenDay day) {
			BigDecimal largest = this.days.stream()
				.map(GivenDay::ml)
				.max(Comparator.naturalOrder())
				.orElse(BigDecimal.ZERO);
			if (largest.signum() <= 0) {
				return 0;
			}
			return day.ml().multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
		}

		/** R12: past the first two 3-day steps. */
		public boolean laterStage() {
			return this.cutsInRun >= EARLY_CUTS;
		}

	}

	/**
	 * What the plan says about the supplement today.
	 *
	 * @param reasons why it holds or what it needs, each from its rule
	 */
	public record SupplementAdvice(Direction direction, Advice advice, List<Advice> reasons, Timeline timeline) {

	}

	/**
	 * The taper from the starting amount and the days given, up to {@code today}.
	 * @param startMl the plan's starting amount a day, or null if none was set
	 * @param given the baby checks; those with a supplement noted count
	 */
	public static Timeline timeline(@Nullable BigDecimal startMl, List<BabyCheck> given, LocalDate today) {
		List<BabyCheck> noted = given.stream()
			.filter((check) -> check.supplementMl() != null && !check.date().isAfter(today))
			.sorted(Comparator.comparing(BabyCheck::date))
			.toList();
		BigDecimal previous = startMl;
		List<GivenDay> days = new ArrayList<>();
		List<Cut> cuts = new ArrayList<>();
		int cutsInRun = 0;
		LocalDate lastChange = null;
		for (BabyCheck check : noted) {
			BigDecimal ml = Objects.requireNonNull(check.supplementMl());
			boolean cut = previous != null && ml.compareTo(previous) < 0;
			if (cut) {
				cuts.add(new Cut(check.date(), previous, ml));
				cutsInRun++;
				lastChange = check.date();
			}
			else if (previous != null && ml.compareTo(previous) > 0) {
				// The baby needed more: the taper starts again, gently.
				cutsInRun = 0;
				lastChange = check.date();
			}
			days.add(new GivenDay(check.date(), ml, cut));
			previous = ml;
		}
		BigDecimal current = (previous != null) ? previous : BigDecimal.ZERO;
		LocalDate next = (lastChange != null) ? lastChange.plusDays(holdDays(cutsInRun)) : null;
		List<GivenDay> shown = days.subList(Math.max(0, days.size() - TIMELINE_DAYS), days.size());
		return new Timeline(current, List.copyOf(shown), List.copyOf(cuts), cutsInRun, lastChange, next);
	}

	/** R12: how long a new amount is held before the next cut. */
	static int holdDays(int cutsInRun) {
		return (cutsInRun > EARLY_CUTS) ? LATER_HOLD_DAYS : EARLY_HOLD_DAYS;
	}

	/**
	 * The supplement advice for {@code today}, or null when the baby gets none and none
	 * was noted.
	 * @param given the baby checks with the supplement given, as far back as kept
	 * @param recentDays the parent's days before today, for whether pumped milk rises
	 */
	public static @Nullable SupplementAdvice advise(PlanSettings settings, LocalDate today, BabyRules.Status baby,
			List<BabyCheck> given, List<DayVolume> recentDays) {
		boolean anyNoted = given.stream().anyMatch((check) -> check.supplementMl() != null);
		if (!settings.givesSupplement() && !anyNoted) {
			return null;
		}
		Timeline timeline = timeline(settings.supplementMlPerDay(), given, today);
		BigDecimal current = timeline.currentMl();
		if (current.signum() == 0) {
			return new SupplementAdvice(Direction.DONE, Advice.of(Rule.R12, "supplement.done"), List.of(), timeline);
		}
		if (!baby.flags().isEmpty()) {
			// The flags themselves are shown first, at the top of the page: the card
			// points
			// to them ("the signs above") rather than repeat them.
			return new SupplementAdvice(Direction.HOLD, Advice.of(Rule.R11, "supplement.holdForFlags"), List.of(),
					timeline);
		}
		List<Advice> missing = new ArrayList<>();
		if (baby.diapers() == BabyRules.Reading.UNKNOWN) {
			missing.add(baby.diaperNote());
		}
		if (baby.weight() == BabyRules.Reading.UNKNOWN && !missing.contains(baby.weightNote())) {
			missing.add(baby.weightNote());
		}
		if (!missing.isEmpty()) {
			return new SupplementAdvice(Direction.LOG_CHECKS, Advice.of(Rule.R12, "supplement.logChecks"),
					List.copyOf(missing), timeline);
		}
		List<Advice> borderline = new ArrayList<>();
		if (baby.diapers() == BabyRules.Reading.BORDERLINE) {
			borderline.add(baby.diaperNote());
		}
		if (baby.weight() == BabyRules.Reading.BORDERLINE) {
			borderline.add(baby.weightNote());
		}
		if (!borderline.isEmpty()) {
			return new SupplementAdvice(Direction.HOLD, Advice.of(Rule.R12, "supplement.holdBorderline"),
					List.copyOf(borderline), timeline);
		}
		LocalDate next = timeline.nextPossibleCut();
		if (next != null && today.isBefore(next)) {
			Cut last = timeline.lastCut();
			Advice wait = (last != null && last.date().equals(timeline.lastChange()))
					? Advice.of(Rule.R12, "supplement.waitAfterCut", ml(last.sizeMl()), last.date(), next)
					: Advice.of(Rule.R12, "supplement.waitAfterIncrease", timeline.lastChange(), next);
			return new SupplementAdvice(Direction.WAIT, wait, List.of(), timeline);
		}
		if (!settings.babyLatches() && !ExpectationRules.ownMilkRising(recentDays)) {
			// All the baby's breast milk is pumped and measured: cut only as it rises.
			return new SupplementAdvice(Direction.WAIT, Advice.of(Rule.R12, "supplement.waitForMilk"), List.of(),
					timeline);
		}
		if (!timeline.laterStage()) {
			BigDecimal step = FIRST_CUT_ML.min(current);
			return new SupplementAdvice(Direction.REDUCE, Advice.of(Rule.R12, "supplement.reduce", ml(step),
					ml(current), ml(current.subtract(step)), EARLY_HOLD_DAYS), List.of(), timeline);
		}
		BigDecimal smaller = current.subtract(FIRST_CUT_ML.min(current));
		BigDecimal larger = current.subtract(LATER_CUT_MAX_ML.min(current));
		return new SupplementAdvice(Direction.REDUCE, Advice.of(Rule.R12, "supplement.reduceLater", ml(FIRST_CUT_ML),
				ml(LATER_CUT_MAX_ML), ml(current), ml(smaller), ml(larger)), List.of(), timeline);
	}

	private static Millilitres ml(BigDecimal value) {
		return new Millilitres(value);
	}

}
