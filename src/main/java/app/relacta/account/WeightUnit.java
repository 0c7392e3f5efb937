package app.relacta.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import app.relacta.system.Decimals;
import org.jspecify.annotations.Nullable;

/**
 * How a parent reads and types their baby's weight: kilograms and grams, or pounds and
 * ounces. Weights are always stored in grams.
 */
public enum WeightUnit {

	METRIC, IMPERIAL;

	/** Grams in one ounce (avoirdupois). */
	public static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("28.349523125");

	/** A metric weight up to this is read as kilograms (no baby weighs 30 g). */
	static final BigDecimal MOST_KILOGRAMS = new BigDecimal("30");

	/** A metric weight from this on is read as grams (no baby weighs 500 kg). */
	static final BigDecimal LEAST_GRAMS = new BigDecimal("500");

	/**
	 * A baby's weight as shown: {@code 4.25 kg}, or {@code 9 lb 6.9 oz}.
	 */
	public String format(int grams) {
		if (this == METRIC) {
			return plain(BigDecimal.valueOf(grams).movePointLeft(3)) + " kg";
		}
		BigDecimal ounces = ounces(grams, 1);
		BigDecimal[] poundsAndOunces = ounces.divideAndRemainder(BigDecimal.valueOf(16));
		return poundsAndOunces[0].intValue() + " lb " + plain(poundsAndOunces[1]) + " oz";
	}

	/**
	 * A change of weight (a gain, a loss) as shown: {@code 155 g}, or {@code 5.5 oz}.
	 */
	public String formatChange(int grams) {
		return (this == METRIC) ? grams + " g" : plain(ounces(grams, 1)) + " oz";
	}

	/**
	 * {@link #format} for a weight that may not have been noted.
	 */
	public @Nullable String formatOrNull(@Nullable Integer grams) {
		return (grams != null) ? format(grams) : null;
	}

	/**
	 * A metric weight as typed, in kilograms (up to 30) or grams (500 or more); empty
	 * when it could be either.
	 */
	public static Optional<Integer> gramsFromMetric(BigDecimal typed) {
		if (typed.signum() > 0 && typed.compareTo(MOST_KILOGRAMS) <= 0) {
			return Optional.of(typed.movePointRight(3).setScale(0, RoundingMode.HALF_UP).intValueExact());
		}
		if (typed.compareTo(LEAST_GRAMS) >= 0 && typed.compareTo(new BigDecimal("100000")) < 0) {
			return Optional.of(typed.setScale(0, RoundingMode.HALF_UP).intValueExact());
		}
		return Optional.empty();
	}

	/**
	 * Pounds and ounces as typed, in grams.
	 */
	public static int gramsFromImperial(int pounds, BigDecimal ounces) {
		return BigDecimal.valueOf(pounds)
			.multiply(BigDecimal.valueOf(16))
			.add(ounces)
			.multiply(GRAMS_PER_OUNCE)
			.setScale(0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	/**
	 * Stored grams as pounds and the ounces over them (one decimal), for a form.
	 */
	public static BigDecimal[] poundsAndOunces(int grams) {
		BigDecimal[] split = ounces(grams, 1).divideAndRemainder(BigDecimal.valueOf(16));
		return new BigDecimal[] { split[0].setScale(0, RoundingMode.DOWN), new BigDecimal(plain(split[1])) };
	}

	private static BigDecimal ounces(int grams, int scale) {
		return BigDecimal.valueOf(grams).divide(GRAMS_PER_OUNCE, scale, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return Decimals.plain((stripped.scale() < 0) ? stripped.setScale(0) : stripped);
	}

}
