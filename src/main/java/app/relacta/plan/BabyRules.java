package app.relacta.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The baby first (R13, R14, F1, F2): wet diapers judged on complete days, weight judged
 * by the baby's age, and every loss seen. Pure Java, like the rest of the engine.
 */
public final class BabyRules {

	/** R13: at least this many wet diapers a day after day 4 of life. */
	public static final int MIN_WET_DIAPERS = 6;

	/** R13: diapers are judged from this day of life on. */
	static final int DIAPERS_FROM_DAY_OF_LIFE = 5;

	/** R14: a newborn may lose up to 7% in the first 3-4 days. */
	static final double NEWBORN_LOSS_PERCENT = 7.0;

	/** R14: the newborn notes apply up to this age in days. */
	static final int NEWBORN_DAYS = 4;

	/** R14: birth weight is regained by 10-14 days. */
	static final int BIRTH_WEIGHT_BACK_BY_DAYS = 14;

	/** R12: the taper needs a weight no older than this. */
	static final int WEIGHT_FRESH_DAYS = 7;

	/** R12: the taper needs diaper counts for this many complete days. */
	static final int DIAPER_DAYS = 2;

	private BabyRules() {
	}

	/** How one of the baby's signs reads. */
	public enum Reading {

		/** Within what R13 or R14 expects. */
		FINE,
		/** Above the red-flag line, below the usual range: hold the supplement (R12). */
		BORDERLINE,
		/** Contact a health professional now (F1, F2). */
		RED_FLAG,
		/** Not enough noted to tell. */
		UNKNOWN

	}

	/**
	 * R14: the usual weekly gain at an age, and the line below which it is a red flag
	 * (F2).
	 */
	public record ExpectedGain(int redBelow, int low, int high) {

		/**
		 * The expected gain for a baby of this age, or empty when R14 gives no figure: a
		 * newborn (the newborn notes apply), a baby of a year or more, or no birth date.
		 */
		static Optional<ExpectedGain> forAge(@Nullable LocalDate birth, LocalDate date) {
			if (birth == null) {
				return Optional.empty();
			}
			long days = ChronoUnit.DAYS.between(birth, date);
			long months = ChronoUnit.MONTHS.between(birth, date);
			if (days < BIRTH_WEIGHT_BACK_BY_DAYS || months >= 12) {
				return Optional.empty();
			}
			if (months < 4) {
				return Optional.of(new ExpectedGain(113, 155, 241));
			}
			if (months < 6) {
				return Optional.of(new ExpectedGain(92, 92, 126));
			}
			return Optional.of(new ExpectedGain(50, 50, 80));
		}

	}

	/**
	 * What the checks say today.
	 *
	 * @param diapers R13 on the last complete days
	 * @param weight R14 on the latest weights
	 * @param weeklyGain grams a week over at least a week, when two weights allow it
	 * @param flags the red flags (F1, F2), to show plainly
	 * @param diaperNote why the diapers read as they do (for a hold or a question)
	 * @param weightNote why the weight reads as it does (for a hold or a question)
	 */
	public record Status(Reading diapers, Reading weight, @Nullable Integer weeklyGain, List<Advice> flags,
			Advice diaperNote, Advice weightNote) {

	}

	/**
	 * Reads the checks of the last three weeks or so for {@code today}.
	 */
	public static Status assess(PlanSettings settings, LocalDate today, List<BabyCheck> checks) {
		List<Advice> flags = new ArrayList<>();
		DiaperReading diapers = diapers(settings.babyBirthDate(), today, checks);
		if (diapers.reading() == Reading.RED_FLAG) {
			flags.add(diapers.note());
		}
		WeightReading weight = weight(settings.babyBirthDate(), today, checks);
		if (weight.reading() == Reading.RED_FLAG) {
			flags.add(weight.note());
		}
		return new Status(diapers.reading(), weight.reading(), weight.weeklyGain(), List.copyOf(flags), diapers.note(),
				weight.note());
	}

	private record DiaperReading(Reading reading, Advice note) {

	}

	private record WeightReading(Reading reading, @Nullable Integer weeklyGain, Advice note) {

	}

	/**
	 * R13 on the two complete days before today: a count for today is still under way and
	 * never a red flag.
	 */
	private static DiaperReading diapers(@Nullable LocalDate birth, LocalDate today, List<BabyCheck> checks) {
		if (birth == null) {
			// Without the age, a whole day with fewer than 6 is still worth a doctor's
			// word (F1): a newborn's first 4 days are the only exception, and the date
			// is asked for.
			int fewest = completeDayCounts(today, checks, today.minusDays(DIAPER_DAYS)).stream()
				.min(Comparator.naturalOrder())
				.orElse(Integer.MAX_VALUE);
			if (fewest < MIN_WET_DIAPERS) {
				return new DiaperReading(Reading.RED_FLAG,
						Advice.of(Rule.F1, "flag.diapersNoBirthDate", fewest, MIN_WET_DIAPERS));
			}
			return new DiaperReading(Reading.UNKNOWN, Advice.of(Rule.R13, "baby.askBirthDate"));
		}
		LocalDate firstJudged = birth.plusDays(DIAPERS_FROM_DAY_OF_LIFE - 1);
		List<Integer> counts = completeDayCounts(today, checks, firstJudged);
		boolean covered = counts.size() == DIAPER_DAYS;
		int fewest = counts.stream().min(Comparator.naturalOrder()).orElse(Integer.MAX_VALUE);
		if (fewest < MIN_WET_DIAPERS) {
			return new DiaperReading(Reading.RED_FLAG, Advice.of(Rule.F1, "flag.diapers", fewest, MIN_WET_DIAPERS));
		}
		if (today.isBefore(birth.plusDays(DIAPERS_FROM_DAY_OF_LIFE + DIAPER_DAYS - 1))) {
			return new DiaperReading(Reading.UNKNOWN, Advice.of(Rule.R13, "baby.diapersFromDay5"));
		}
		if (!covered) {
			return new DiaperReading(Reading.UNKNOWN, Advice.of(Rule.R13, "baby.logDiapers"));
		}
		if (fewest == MIN_WET_DIAPERS) {
			return new DiaperReading(Reading.BORDERLINE, Advice.of(Rule.R13, "baby.diapersAtMinimum", MIN_WET_DIAPERS));
		}
		return new DiaperReading(Reading.FINE, Advice.of(Rule.R13, "baby.diapersFine", fewest));
	}

	/**
	 * The wet diapers noted on each of the {@link #DIAPER_DAYS} complete days before
	 * {@code today}, from {@code firstJudged} on.
	 */
	private static List<Integer> completeDayCounts(LocalDate today, List<BabyCheck> checks, LocalDate firstJudged) {
		List<Integer> counts = new ArrayList<>();
		for (int back = 1; back <= DIAPER_DAYS; back++) {
			LocalDate day = today.minusDays(back);
			if (!day.isBefore(firstJudged)) {
				checks.stream()
					.filter((check) -> check.date().equals(day))
					.map(BabyCheck::wetDiapers)
					.filter(Objects::nonNull)
					.findFirst()
					.ifPresent(counts::add);
			}
		}
		return counts;
	}

	/**
	 * R14 and F2: a loss between the two latest weights is a red flag whatever the
	 * interval (outside the newborn notes); the weekly gain over at least a week is set
	 * against the expected range for the age.
	 */
	private static WeightReading weight(@Nullable LocalDate birth, LocalDate today, List<BabyCheck> checks) {
		List<BabyCheck> weighed = checks.stream()
			.filter((check) -> check.weightGrams() != null && !check.date().isAfter(today))
			.sorted(Comparator.comparing(BabyCheck::date))
			.toList();
		if (weighed.isEmpty()) {
			return new WeightReading(Reading.UNKNOWN, null, Advice.of(Rule.R14, "baby.logWeight"));
		}
		BabyCheck latest = weighed.get(weighed.size() - 1);
		int latestGrams = grams(latest);
		// The weekly gain is measured once the newborn days are over.
		Integer weekly = weeklyGain((birth == null) ? weighed
				: weighed.stream()
					.filter((check) -> ChronoUnit.DAYS.between(birth, check.date()) >= BIRTH_WEIGHT_BACK_BY_DAYS)
					.toList())
			.orElse(null);
		Long ageDays = (birth != null) ? ChronoUnit.DAYS.between(birth, latest.date()) : null;

		// The newborn notes: up to 7% down in the first 3-4 days is normal.
		if (ageDays != null && ageDays <= NEWBORN_DAYS) {
			int first = grams(weighed.get(0));
			double lossPercent = 100.0 * (first - latestGrams) / first;
			if (lossPercent > NEWBORN_LOSS_PERCENT) {
				return new WeightReading(Reading.RED_FLAG, weekly,
						Advice.of(Rule.F2, "flag.newbornLoss", Math.round(lossPercent)));
			}
			return new WeightReading(Reading.UNKNOWN, weekly, Advice.of(Rule.R14, "baby.newbornNotes"));
		}
		if (weighed.size() >= 2 && latestGrams < grams(weighed.get(weighed.size() - 2))) {
			BabyCheck before = weighed.get(weighed.size() - 2);
			return new WeightReading(Reading.RED_FLAG, weekly,
					Advice.of(Rule.F2, "flag.weightLoss", new Grams(grams(before) - latestGrams), before.date()));
		}
		if (weekly != null && weekly < 0) {
			return new WeightReading(Reading.RED_FLAG, weekly,
					Advice.of(Rule.F2, "flag.weightLossOverWeek", new Grams(-weekly)));
		}
		if (ageDays != null && ageDays > BIRTH_WEIGHT_BACK_BY_DAYS) {
			// A weight noted in the first two days of life stands for the birth weight.
			Optional<BabyCheck> atBirth = weighed.stream()
				.filter((check) -> ChronoUnit.DAYS.between(birth, check.date()) <= 1)
				.findFirst();
			if (atBirth.isPresent() && latestGrams < grams(atBirth.get())) {
				return new WeightReading(Reading.RED_FLAG, weekly, Advice.of(Rule.F2, "flag.birthWeight"));
			}
		}
		if (latest.date().isBefore(today.minusDays(WEIGHT_FRESH_DAYS))) {
			return new WeightReading(Reading.UNKNOWN, weekly, Advice.of(Rule.R14, "baby.weightOld", latest.date()));
		}
		if (weekly == null) {
			return new WeightReading(Reading.UNKNOWN, null, Advice.of(Rule.R14, "baby.logSecondWeight"));
		}
		if (birth == null) {
			return new WeightReading(Reading.UNKNOWN, weekly, Advice.of(Rule.R14, "baby.askBirthDate"));
		}
		Optional<ExpectedGain> expected = ExpectedGain.forAge(birth, latest.date());
		if (expected.isEmpty()) {
			// A newborn regaining, or a baby of a year or more: R14 gives no weekly
			// figure.
			return new WeightReading(Reading.FINE, weekly, Advice.of(Rule.R14, "baby.gaining", new Grams(weekly)));
		}
		ExpectedGain gain = expected.get();
		if (weekly < gain.redBelow()) {
			return new WeightReading(Reading.RED_FLAG, weekly,
					Advice.of(Rule.F2, "flag.slowGain", new Grams(weekly), new Grams(gain.redBelow())));
		}
		if (weekly < gain.low()) {
			return new WeightReading(Reading.BORDERLINE, weekly, Advice.of(Rule.R14, "baby.gainBelowRange",
					new Grams(weekly), new Grams(gain.low()), new Grams(gain.high())));
		}
		return new WeightReading(Reading.FINE, weekly, Advice.of(Rule.R14, "baby.gainInRange", new Grams(weekly),
				new Grams(gain.low()), new Grams(gain.high())));
	}

	/**
	 * R14: grams a week between the newest weight and the newest one at least 7 days
	 * older.
	 */
	static Optional<Integer> weeklyGain(List<BabyCheck> checks) {
		List<BabyCheck> weighed = checks.stream()
			.filter((check) -> check.weightGrams() != null)
			.sorted(Comparator.comparing(BabyCheck::date).reversed())
			.toList();
		if (weighed.isEmpty()) {
			return Optional.empty();
		}
		BabyCheck latest = weighed.get(0);
		return weighed.stream()
			.filter((check) -> ChronoUnit.DAYS.between(check.date(), latest.date()) >= 7)
			.findFirst()
			.map((earlier) -> {
				long days = ChronoUnit.DAYS.between(earlier.date(), latest.date());
				return (int) Math.round((grams(latest) - grams(earlier)) * 7.0 / days);
			});
	}

	private static int grams(BabyCheck check) {
		return Objects.requireNonNull(check.weightGrams());
	}

}
