package app.relacta.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One local day's figures, as the database groups and sums them.
 */
public record DayAggregate(LocalDate date, long sessions, @Nullable BigDecimal totalMl, long dropsOnlySessions,
		long powerPumps) {

}
