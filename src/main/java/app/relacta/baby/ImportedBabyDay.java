package app.relacta.baby;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day of the baby's checks read from another tracker's file: the line it came from (the
 * first of the day's rows), wet diapers counted, a weight in grams, supplement in mL.
 */
public record ImportedBabyDay(long line, LocalDate date, @Nullable Integer wetDiapers, @Nullable Integer weightGrams,
		@Nullable BigDecimal supplementMl) {

}
