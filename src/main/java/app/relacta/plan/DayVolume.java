package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One earlier day's session count and measured milk, as the database sums them.
 *
 * @param unmeasuredSessions sessions with no volume and not marked as drops (a
 * breastfeed, say): the day's milk is more than its total shows
 */
public record DayVolume(LocalDate date, long sessions, @Nullable BigDecimal totalMl, long unmeasuredSessions) {

	/** A day whose every session was measured. */
	public DayVolume(LocalDate date, long sessions, @Nullable BigDecimal totalMl) {
		this(date, sessions, totalMl, 0);
	}

	/** Every session measured (or drops): the total is the day's milk. */
	public boolean fullyMeasured() {
		return this.unmeasuredSessions == 0 && (this.totalMl != null || this.sessions == 0);
	}

}
