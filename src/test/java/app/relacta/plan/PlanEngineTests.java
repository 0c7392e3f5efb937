package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

import static app.relacta.plan.PlanFixtures.*;

/**
 * The day's plan as the parts compose it: times ticked from the journal, the checklist,
 * power pumping and clock changes.
 */
class PlanEngineTests {

	@Test
	void thePlanTicksTheSessionsTheJournalShowsAndNamesThePowerPump() {
		List<SessionFact> sessions = List.of(session("2026-11-05T02:10"), session("2026-11-05T06:05", true, true),
				powerPump("2026-11-05T19:50"));
		DailyPlan plan = PlanEngine.plan(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				List.of(), List.of(), MomentCounts.NONE, Instant.parse("2026-11-05T21:00:00Z"));
		assertThat(plan.dayNumber()).isEqualTo(4);
		assertThat(plan.targetSessions()).isEqualTo(10);
		assertThat(plan.dayInterval()).isEqualTo(Duration.ofHours(2));
		assertThat(plan.sessions()).filteredOn(PlannedSession::done)
			.extracting((s) -> s.time().toLocalTime().toString())
			.containsExactly("02:00", "06:00", "20:00");
		assertThat(plan.sessions()).filteredOn(PlannedSession::powerPump)
			.extracting((s) -> s.time().toLocalTime().toString())
			.containsExactly("20:00");
		assertThat(plan.sessions()).filteredOn(PlannedSession::prolactinHours).hasSize(1);
		assertThat(plan.checklist()).extracting((item) -> item.advice().rule() + ":" + item.status())
			.containsExactly("R1:OPEN", "R5:DONE", "R6:DONE", "R7:DONE", "R2:ANYTIME", "R8:ANYTIME");
		assertThat(plan.checklist().get(0).advice().args()).containsExactly(3, 10);
	}

	@Test
	void aBabyWhoLatchesAndHasSupplementGetsComfortNursingAndTheNursingSystem() {
		PlanSettings latching = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, true,
				new BigDecimal("300"), SupplementKind.FORMULA, Goal.PARTIAL_SUPPLY, null, LocalTime.of(22, 0),
				LocalTime.of(6, 0), 10, false, 0);
		DailyPlan plan = PlanEngine.plan(latching, DAY_1, LONDON, List.of(), List.of(), List.of(), List.of(),
				MomentCounts.NONE, Instant.parse("2026-11-02T12:00:00Z"));
		assertThat(plan.checklist()).extracting((item) -> item.advice().key())
			.contains("plan.item.comfort", "plan.item.sns", "plan.item.fed")
			.doesNotContain("plan.item.powerPump");
	}

	@ParameterizedTest(name = "{0} in London has {1} suggested times")
	@CsvSource({ "2026-03-29, 10", "2026-10-25, 10", "2026-11-02, 10" })
	void clockChangeDaysKeepEveryPlannedTime(String date, int count) {
		DailyPlan plan = PlanEngine.plan(DEFAULTS, LocalDate.parse(date), LONDON, List.of(), List.of(), List.of(),
				List.of(), MomentCounts.NONE, Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(plan.sessions()).hasSize(count);
		assertThat(plan.sessions()).extracting((s) -> s.time().toLocalDate().toString()).containsOnly(date);
		assertThat(plan.sessions()).extracting(PlannedSession::time).isSorted();
	}

	@ParameterizedTest(name = "{0} on day {1}, target {2}: {3} sessions planned")
	@CsvSource({ "INDUCED, 1, 10, 8", "INDUCED, 7, 12, 10", "INDUCED, 8, 10, 10", "INDUCED, 3, 8, 8",
			"RELACTATION, 1, 10, 10" })
	void inducedLactationRampsUpOverTheFirstWeek(LactationPath path, int day, int target, int planned) {
		PlanSettings settings = new PlanSettings(path, null, DAY_1, null, false, null, SupplementKind.NONE,
				Goal.FULL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), target, false, 1);
		DailyPlan plan = PlanEngine.plan(settings, DAY_1.plusDays(day - 1), LONDON, List.of(), List.of(), List.of(),
				List.of(), MomentCounts.NONE, Instant.parse("2026-11-02T00:00:00Z"));
		assertThat(plan.targetSessions()).isEqualTo(planned);
	}

}
