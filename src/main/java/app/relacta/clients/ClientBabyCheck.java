package app.relacta.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.relacta.plan.BabyCheck;
import org.jspecify.annotations.Nullable;

/**
 * One client's baby check on one day.
 */
public record ClientBabyCheck(long parentId, LocalDate date, @Nullable Integer wetDiapers,
		@Nullable Integer weightGrams, @Nullable BigDecimal supplementMl) {

	BabyCheck check() {
		return new BabyCheck(this.date, this.wetDiapers, this.weightGrams, this.supplementMl);
	}

}
