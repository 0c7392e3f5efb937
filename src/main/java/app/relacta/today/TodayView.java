package app.relacta.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.relacta.account.VolumeUnit;
import app.relacta.account.WeightUnit;
import app.relacta.journal.QuickLog;
import app.relacta.plan.DailyPlan;
import app.relacta.plan.DayReview;
import app.relacta.plan.MomentCounts;
import app.relacta.plan.NextSession;
import app.relacta.plan.PlanChange;
import app.relacta.plan.RollingDay;
import app.relacta.wellbeing.MedicationView;
import app.relacta.wellbeing.MoodToday;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Today page shows, volumes already in the parent's unit.
 *
 * @param planChange the latest change of the plan by someone else this week, shown to the
 * parent (null for their consultant)
 * @param yesterday the review of yesterday, or null before the plan's first full day
 * @param moments today's skin-to-skin time and feeds at the breast (R8, R9)
 * @param offerAtBreast whether to offer logging a feed at the breast (R9: the baby
 * latches)
 * @param mood the mood card (F4)
 * @param medications the medicines and herbs taken today (M4)
 * @param night whether it is night in the parent's plan (their night window) now: Today
 * is dim then
 * @param quickLog what the quick log fills in (the last session's minutes and method)
 */
public record TodayView(String displayName, LocalDate today, VolumeUnit unit, WeightUnit weightUnit, boolean planSetUp,
		@Nullable PlanChange planChange, DailyPlan plan, DayReview soFar, @Nullable DayReview yesterday,
		NextSession next, RollingDay last24, @Nullable TimerView timer, @Nullable String todayTotal,
		@Nullable String yesterdayTotal, String last24Total, Duration longestGapToday, Duration longestGapLast24,
		MomentCounts moments, boolean offerAtBreast, MoodToday mood, List<MedicationView> medications, boolean night,
		QuickLog quickLog) {

}
