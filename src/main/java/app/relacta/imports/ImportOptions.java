package app.relacta.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

import app.relacta.account.VolumeUnit;

/**
 * How to read what a file leaves unsaid: the time zone of times without an offset, the
 * unit of amounts without one, the unit of weights, and how long a session with a start
 * but no end lasted.
 */
public record ImportOptions(ZoneId zone, VolumeUnit unit, Weight weightUnit, int defaultMinutes) {

	/** A session with no end lasted this long, unless the parent says otherwise. */
	public static final int DEFAULT_MINUTES = 15;

	/** The unit of weights in a file. */
	public enum Weight {

		KG(new BigDecimal("1000")), G(BigDecimal.ONE), LB(new BigDecimal("453.59237"));

		private final BigDecimal grams;

		Weight(BigDecimal grams) {
			this.grams = grams;
		}

		int toGrams(BigDecimal amount) {
			return amount.multiply(this.grams).setScale(0, RoundingMode.HALF_UP).intValueExact();
		}

	}

}
