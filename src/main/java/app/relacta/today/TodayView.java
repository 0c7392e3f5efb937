package app.relacta.today;

import java.time.LocalDate;

import app.relacta.account.VolumeUnit;
import app.relacta.plan.DailyPlan;
import app.relacta.plan.DayReview;
import app.relacta.plan.NextSession;
import app.relacta.plan.RollingDay;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Today page shows, volumes already in the parent's unit.
 *
 * @param yesterday the review of yesterday, or null before the plan's first full day
 */
public record TodayView(String displayName, LocalDate today, VolumeUnit unit, boolean planSetUp, DailyPlan plan,
		DayReview soFar, @Nullable DayReview yesterday, NextSession next, RollingDay last24, @Nullable TimerView timer,
		@Nullable String todayTotal, @Nullable String yesterdayTotal, String last24Total, String longestGapToday,
		String longestGapLast24) {

}
