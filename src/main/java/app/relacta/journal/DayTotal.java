package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import app.relacta.plan.DayVolume;
import app.relacta.plan.NightWindow;
import app.relacta.plan.ScheduleRules;
import org.jspecify.annotations.Nullable;

/**
 * One local day of a parent's journal, summed up: what every page with day figures reads
 * instead of the day's sessions. Rows are kept by {@link DayTotals}; the sums are made
 * here, in plain Java, so the same rules fill the table on every write, on a rebuild and
 * in the migration that first filled it.
 *
 * @param unmeasuredSessions sessions with no amount and not marked drops only
 * @param totalMl the milk measured that day, null when nothing was measured
 * @param largestMl the biggest single session that day, null when nothing was measured
 * @param longestGapMinutes the longest start-to-start gap ending that day, counted from
 * the session before it whatever its day; 0 for a parent's first session
 * @param nightSessions sessions starting in the parent's night window
 * @param prolactinSessions sessions starting between 01:00 and 05:00 (R5)
 */
public record DayTotal(LocalDate date, int sessions, int unmeasuredSessions, int dropsOnlySessions, int powerPumps,
		@Nullable BigDecimal totalMl, @Nullable BigDecimal largestMl, Instant firstStart, Instant lastStart,
		long longestGapMinutes, int nightSessions, int prolactinSessions) {

	/** The day as the plan engine reads it. */
	public DayVolume volume() {
		return new DayVolume(this.date, this.sessions, this.totalMl, this.unmeasuredSessions);
	}

	/**
	 * What a day's sums need of one session: when it started, its local day and time
	 * where it was logged, and what it gave.
	 */
	record Point(Instant start, LocalDate date, LocalTime time, @Nullable BigDecimal totalMl, boolean dropsOnly,
			boolean powerPump) {

	}

	/**
	 * The totals of the days that {@code wanted} accepts, from sessions in start order.
	 * The sessions must include every session of those days and, before the first of
	 * them, the session just before it (for the first gap); sessions of other days in
	 * between count only as the session before the next one.
	 */
	static Map<LocalDate, DayTotal> tally(Iterable<Point> ordered, Predicate<LocalDate> wanted, NightWindow night) {
		Map<LocalDate, Tally> tallies = new TreeMap<>();
		Instant previous = null;
		for (Point point : ordered) {
			if (wanted.test(point.date())) {
				long gap = (previous != null) ? Duration.between(previous, point.start()).toMinutes() : 0;
				tallies.computeIfAbsent(point.date(), Tally::new).add(point, gap, night);
			}
			previous = point.start();
		}
		Map<LocalDate, DayTotal> totals = new TreeMap<>();
		tallies.forEach((date, tally) -> totals.put(date, tally.total()));
		return totals;
	}

	private static final class Tally {

		private final LocalDate date;

		private int sessions;

		private int unmeasured;

		private int dropsOnly;

		private int powerPumps;

		private @Nullable BigDecimal totalMl;

		private @Nullable BigDecimal largestMl;

		private @Nullable Instant first;

		private @Nullable Instant last;

		private long longestGap;

		private int night;

		private int prolactin;

		Tally(LocalDate date) {
			this.date = date;
		}

		void add(Point point, long gap, NightWindow window) {
			this.sessions++;
			BigDecimal ml = point.totalMl();
			if (ml != null) {
				this.totalMl = (this.totalMl != null) ? this.totalMl.add(ml) : ml;
				this.largestMl = (this.largestMl != null && this.largestMl.compareTo(ml) >= 0) ? this.largestMl : ml;
			}
			else if (!point.dropsOnly()) {
				this.unmeasured++;
			}
			this.dropsOnly += point.dropsOnly() ? 1 : 0;
			this.powerPumps += point.powerPump() ? 1 : 0;
			this.first = (this.first == null) ? point.start() : this.first;
			this.last = point.start();
			this.longestGap = Math.max(this.longestGap, gap);
			this.night += window.contains(point.time()) ? 1 : 0;
			boolean prolactinWindow = !point.time().isBefore(ScheduleRules.PROLACTIN_FROM)
					&& point.time().isBefore(ScheduleRules.PROLACTIN_TO);
			this.prolactin += prolactinWindow ? 1 : 0;
		}

		DayTotal total() {
			return new DayTotal(this.date, this.sessions, this.unmeasured, this.dropsOnly, this.powerPumps,
					this.totalMl, this.largestMl, java.util.Objects.requireNonNull(this.first),
					java.util.Objects.requireNonNull(this.last), this.longestGap, this.night, this.prolactin);
		}

	}

}
