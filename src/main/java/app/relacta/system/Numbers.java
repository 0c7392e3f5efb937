package app.relacta.system;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one reading of numbers for every surface: forms, query parameters, JSON and CSV
 * files. Text is capped in length before any conversion, only plain decimal digits are
 * read (no exponent, no hex, no {@code #}, no NaN), and a decimal that did arrive with an
 * exponent (a JSON number such as {@code 1e100000000}, which costs nothing to read but
 * minutes of CPU and gigabytes to compare or round) is refused by its magnitude before
 * any arithmetic. No figure Relacta keeps comes near the bounds.
 */
public final class Numbers {

	/**
	 * Digits before the decimal point, at most: far above any volume, weight or count.
	 */
	public static final int MAX_INTEGER_DIGITS = 9;

	/**
	 * Digits after the decimal point, at most: room for what a program computes (a
	 * conversion printed as {@code 354.88200000000006}), none for a negative exponent.
	 */
	public static final int MAX_FRACTION_DIGITS = 20;

	/**
	 * The longest text read as a number on any surface, before anything else is looked
	 * at.
	 */
	public static final int MAX_LENGTH = 32;

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

	private static final Pattern PLAIN_LONG = Pattern.compile("[+-]?\\d{1,19}");

	private static final Pattern PLAIN_INTEGER = Pattern.compile("[+-]?\\d{1," + MAX_INTEGER_DIGITS + "}");

	private Numbers() {
	}

	/**
	 * Whether {@code value} is within the bounds every stored figure lies in: at most
	 * {@value #MAX_INTEGER_DIGITS} digits before the point and
	 * {@value #MAX_FRACTION_DIGITS} after it. Cheap whatever the exponent: nothing is
	 * expanded.
	 */
	public static boolean bounded(BigDecimal value) {
		return value.scale() <= MAX_FRACTION_DIGITS && (long) value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
	}

	/**
	 * A decimal as a person types it: digits with a dot or a comma, spaces around
	 * ignored, at most {@code maxLength} characters; empty for anything else.
	 */
	public static Optional<BigDecimal> decimal(@Nullable String text, int maxLength) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip();
		if (cleaned.length() > Math.min(maxLength, MAX_LENGTH) || !PLAIN_DECIMAL.matcher(cleaned).matches()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(cleaned.replace(',', '.'));
		return bounded(value) ? Optional.of(value) : Optional.empty();
	}

	/**
	 * A whole number as a person types it: decimal digits only (no {@code 0x14}, no
	 * {@code #14}, no {@code 20.9}), with an optional sign, spaces around ignored; empty
	 * for anything else.
	 */
	public static Optional<Integer> integer(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip();
		if (!PLAIN_INTEGER.matcher(cleaned).matches()) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(cleaned));
	}

	/**
	 * {@link #integer} for a {@code long} (an id): decimal digits only, within a long's
	 * range.
	 */
	public static Optional<Long> whole(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip();
		if (!PLAIN_LONG.matcher(cleaned).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(cleaned));
		}
		catch (NumberFormatException tooBig) {
			return Optional.empty();
		}
	}

}
