package app.relacta.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the plan suggests for one local day, each part explained by the rule it comes
 * from.
 *
 * @param dayNumber day 1 is the plan's start date; 0 or less before it starts
 * @param dayInterval the spacing of the day's sessions
 * @param nightInterval the spacing of the night's sessions
 */
public record DailyPlan(LocalDate date, int dayNumber, int targetSessions, Duration dayInterval, Duration nightInterval,
		List<PlannedSession> sessions, List<ChecklistItem> checklist, List<Advice> expectations,
		List<Advice> supplement, List<Advice> redFlags) {

}
