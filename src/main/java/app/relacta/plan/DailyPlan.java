package app.relacta.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the plan suggests for one local day, each part explained by the rule it comes
 * from.
 *
 * @param dayNumber day 1 is the plan's start date; 0 or less before it starts
 * @param dayInterval the spacing of the day's sessions
 * @param nightInterval the spacing of the night's sessions
 * @param supplement the supplement advice (R11, R12), or null when the baby gets none
 * @param redFlags the baby's red flags (F1, F2), shown plainly
 */
public record DailyPlan(LocalDate date, int dayNumber, int targetSessions, Duration dayInterval, Duration nightInterval,
		List<PlannedSession> sessions, List<ChecklistItem> checklist, List<Advice> expectations,
		SupplementTaper.@Nullable SupplementAdvice supplement, List<Advice> redFlags) {

}
