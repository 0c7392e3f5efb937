package app.relacta.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One client's count of sessions and total in mL on one of their local days.
 */
public record ClientDayTotal(long parentId, LocalDate date, long sessions, @Nullable BigDecimal totalMl) {

}
