package app.relacta.plan;

import java.time.ZonedDateTime;

/**
 * One suggested session time of a day's plan.
 *
 * @param night inside the parent's night window
 * @param prolactinHours between 01:00 and 05:00, when prolactin is highest (R5)
 * @param powerPump the day's power-pumping session (R6)
 * @param done a logged session matches it
 */
public record PlannedSession(ZonedDateTime time, boolean night, boolean prolactinHours, boolean powerPump,
		boolean done) {

}
