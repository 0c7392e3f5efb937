package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A logged session as the engine needs it.
 */
public record SessionFact(Instant start, int durationMinutes, @Nullable BigDecimal totalMl, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage) {

}
