package app.relacta.progress;

import java.time.LocalDate;

/**
 * One local day of progress, as /progress/daily.json gives it.
 *
 * @param day the plan's day number (day 1 is its start date; 0 or less before it)
 * @param totalMl measured milk in mL (0 when nothing was measured)
 * @param longestGapMinutes the longest start-to-start gap ending that day, 0 with fewer
 * than two sessions in reach
 * @param nightSession a session in the parent's night window that day
 * @param average7Ml the average daily milk of the last seven whole days up to this one:
 * this day and the six before it, or for today (still under way) the seven before it
 * @param complete false for today: its figures are so far, never a whole day's
 */
public record DailyProgress(LocalDate date, int day, long sessions, double totalMl, long dropsOnlySessions,
		long powerPumps, long longestGapMinutes, boolean nightSession, double average7Ml, boolean complete) {

}
