package app.relacta.baby;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day's checks as a parent notes them: the weight in kilograms or grams, or in pounds
 * and ounces, the supplement in their unit. Anything may be missing but the day.
 */
public record BabyDayEntry(@Nullable LocalDate date, @Nullable Integer wetDiapers, @Nullable BigDecimal weight,
		@Nullable Integer weightPounds, @Nullable BigDecimal weightOunces, @Nullable BigDecimal supplementVolume) {

	/** The most wet diapers a day that is accepted. */
	public static final int MAX_WET_DIAPERS = 30;

	/** The most pounds accepted. */
	public static final int MAX_POUNDS = 60;

	/**
	 * A day's wet diapers, metric weight and supplement in mL: as a parent with those
	 * units notes them.
	 */
	public static BabyDayEntry metric(LocalDate date, @Nullable Integer wetDiapers, @Nullable BigDecimal grams,
			@Nullable BigDecimal supplementMl) {
		return new BabyDayEntry(date, wetDiapers, grams, null, null, supplementMl);
	}

}
