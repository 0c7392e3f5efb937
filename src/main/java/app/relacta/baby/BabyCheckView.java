package app.relacta.baby;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day's baby check as a page shows it, the weight and the supplement in the parent's
 * units.
 */
public record BabyCheckView(LocalDate date, @Nullable Integer wetDiapers, @Nullable String weight,
		@Nullable String supplement) {

}
