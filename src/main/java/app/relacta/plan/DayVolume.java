package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One earlier day's session count and measured milk, as the database sums them.
 */
public record DayVolume(LocalDate date, long sessions, @Nullable BigDecimal totalMl) {

}
