package app.relacta.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One parent's count of sessions and total in mL on one of their local days.
 */
public record ParentDayTotal(long parentId, LocalDate date, long sessions, @Nullable BigDecimal totalMl) {

}
