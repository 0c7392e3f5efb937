package app.relacta.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One local day's count of sessions and total volume in mL, as the database sums them.
 *
 * @param unmeasured sessions with no volume that are not drops only (a breastfeed, say)
 */
public record DayTotal(LocalDate date, long sessions, @Nullable BigDecimal totalMl, long unmeasured) {

}
