package app.relacta.baby;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day's baby check as a page shows it, the supplement in the parent's unit.
 */
public record BabyCheckView(LocalDate date, @Nullable Integer wetDiapers, @Nullable Integer weightGrams,
		@Nullable String supplement) {

}
