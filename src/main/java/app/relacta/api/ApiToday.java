package app.relacta.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Today's plan and what is due next, as the API answers it.
 */
@Schema(name = "Today", description = "Today's plan in the parent's time zone, what is due next, and the day so "
		+ "far. Every line of advice names its rule and source.")
record ApiToday(@Schema(description = "Today, the parent's local day.", example = "2026-11-28") LocalDate date,
		@Schema(description = "Day of the plan (1 is its start).", example = "12") int dayNumber,
		@Schema(description = "Whether the parent has set up their plan (otherwise the guidance's defaults).",
				example = "true") boolean planSetUp,
		@Schema(description = "Sessions the plan aims for in 24 hours (8 to 12; 6 or 7 in the maintenance rhythm the "
				+ "parent chose once their goal or a plateau was reached).", example = "10") int targetSessions,
		@Schema(description = "Sessions logged today so far.", example = "4") int sessionsSoFar,
		@Schema(description = "Milk measured today so far, in mL.", example = "85") @Nullable BigDecimal totalMlSoFar,
		@Schema(description = "When the next session is due, or null with nothing logged yet.",
				example = "2026-11-28T14:30:00-05:00") @Nullable OffsetDateTime nextDue,
		@Schema(description = "Minutes past the due time, 0 when not overdue.", example = "0") long minutesOverdue,
		@Schema(description = "The day's planned sessions.") List<Planned> sessions,
		@Schema(description = "Today's checklist, expectations, supplement advice and red flags.") List<Line> advice) {

	@Schema(name = "PlannedSession", description = "A session of the day's plan.")
	record Planned(@Schema(description = "When.", example = "2026-11-28T03:00:00-05:00") OffsetDateTime time,
			@Schema(description = "In the parent's night window.", example = "true") boolean night,
			@Schema(description = "Between 01:00 and 05:00, when prolactin peaks.",
					example = "true") boolean prolactinHours,
			@Schema(description = "Suggested as power pumping.", example = "false") boolean powerPump,
			@Schema(description = "A logged session covers it.", example = "true") boolean done) {

	}

	@Schema(name = "Advice", description = "A line of advice with the rule it comes from.")
	record Line(
			@Schema(description = "Where it shows: CHECKLIST, EXPECTATION, SUPPLEMENT or RED_FLAG.",
					example = "CHECKLIST") String kind,
			@Schema(description = "The rule's id in the guidance.", example = "R1") String rule,
			@Schema(description = "The words the parent sees.",
					example = "Stimulate your breasts 8 to 12 times in 24 hours.") String text,
			@Schema(description = "The sources of the rule.",
					example = "Relactation step-by-step plan, step 2; La Leche League") String source,
			@Schema(description = "For a checklist item: DONE, OPEN or ANYTIME.",
					example = "OPEN") @Nullable String status) {

	}

}
