package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a day went against its plan: the numbers, never a verdict, and the one thing that
 * would help most tomorrow.
 *
 * @param longestDayGap the longest start-to-start gap by day (up to now, for today)
 * @param longestNightGap the same at night
 * @param nightWindowSession a session inside the parent's night window
 * @param prolactinSession a session between 01:00 and 05:00 (R5)
 * @param totalMl the day's measured milk, or null if nothing was measured
 * @param previousAverageMl the average of the days before, or null if there are none
 */
public record DayReview(LocalDate date, int sessions, int target, Duration longestDayGap, Duration longestNightGap,
		boolean nightWindowSession, boolean prolactinSession, int powerPumps, int handExpressionSessions,
		@Nullable BigDecimal totalMl, @Nullable BigDecimal previousAverageMl, List<Advice> findings, Advice tomorrow) {

}
