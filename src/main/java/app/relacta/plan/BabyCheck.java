package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a parent noted about the baby on one local day: wet diapers, weight, supplement
 * given. Each value may be missing.
 */
public record BabyCheck(LocalDate date, @Nullable Integer wetDiapers, @Nullable Integer weightGrams,
		@Nullable BigDecimal supplementMl) {

}
