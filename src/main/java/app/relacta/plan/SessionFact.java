package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A logged session as the engine needs it.
 *
 * @param pain the parent noted pain while pumping (F5)
 */
public record SessionFact(Instant start, int durationMinutes, @Nullable BigDecimal totalMl, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage, boolean pain) {

	/** A session without pain noted. */
	public SessionFact(Instant start, int durationMinutes, @Nullable BigDecimal totalMl, boolean dropsOnly,
			boolean powerPump, boolean handExpression, boolean massage) {
		this(start, durationMinutes, totalMl, dropsOnly, powerPump, handExpression, massage, false);
	}

}
