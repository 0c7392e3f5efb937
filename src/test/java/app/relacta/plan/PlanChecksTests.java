package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What plan settings and a consultant's adjustment must meet, as tables.
 */
class PlanChecksTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

	@Test
	void theGuidancesDefaultsPass() {
		assertThat(
				PlanChecks.settings(PlanChoices.of(PlanSettings.defaults(TODAY), VolumeUnit.ML), TODAY, VolumeUnit.ML))
			.isEmpty();
	}

	@ParameterizedTest(name = "night {0}-{1} -> {2}")
	@CsvSource(nullValues = "-", value = { "22:00, 06:00, -", "23:00, 02:00, plan.nightLength", "23:00, 03:00, -",
			"20:00, 08:00, -", "19:00, 08:00, plan.nightLength", "06:00, 06:00, plan.nightLength" })
	void aNightLastsFourToTwelveHoursAndMayCrossMidnight(LocalTime start, LocalTime end, String code) {
		assertThat(PlanChecks.adjustment(new PlanAdjustment(8, start, end, 1))).extracting(Rejection::code)
			.containsExactlyElementsOf((code != null) ? List.of(code) : List.of());
	}

	@ParameterizedTest(name = "{0} sessions, {1} power pumps -> {2}")
	@CsvSource(nullValues = "-",
			value = { "8, 0, -", "12, 3, -", "7, 1, targetSessions plan.maintenanceNotOpen", "5, 1, targetSessions Min",
					"13, 1, targetSessions Max", "8, 4, powerPumpsPerDay Max", "8, -1, powerPumpsPerDay Min" })
	void sessionsAndPowerPumpsStayInTheGuidancesRanges(int sessions, int powerPumps, String fieldAndCode) {
		List<Rejection> rejections = PlanChecks
			.adjustment(new PlanAdjustment(sessions, LocalTime.of(22, 0), LocalTime.of(6, 0), powerPumps));
		assertThat(rejections).extracting((rejection) -> rejection.field() + " " + rejection.code())
			.containsExactlyElementsOf((fieldAndCode != null) ? List.of(fieldAndCode) : List.of());
	}

	@ParameterizedTest(name = "R15: {0} sessions once the goal or a plateau is reached")
	@CsvSource({ "6", "7", "8" })
	void r15SixOrSevenSessionsAreAllowedOnceTheMaintenanceRhythmIsOpen(int sessions) {
		assertThat(
				PlanChecks.adjustment(new PlanAdjustment(sessions, LocalTime.of(22, 0), LocalTime.of(6, 0), 0), true))
			.isEmpty();
		assertThat(PlanChecks.adjustment(new PlanAdjustment(5, LocalTime.of(22, 0), LocalTime.of(6, 0), 0), true))
			.extracting(Rejection::code)
			.containsExactly("Min");
	}

	@Test
	void anAdjustmentWithoutValuesIsRefusedBesideEach() {
		assertThat(PlanChecks.adjustment(new PlanAdjustment(null, null, null, null)))
			.extracting(Rejection::field, Rejection::code)
			.containsExactly(tuple("targetSessions", "NotNull"), tuple("nightStart", "NotNull"),
					tuple("nightEnd", "NotNull"), tuple("powerPumpsPerDay", "NotNull"));
	}

	@Test
	void datesMustHaveHappenedAndVolumesBePlausible() {
		PlanChoices choices = new PlanChoices(LactationPath.RELACTATION, TODAY.plusDays(1), TODAY.plusDays(91),
				TODAY.minusYears(5), false, new BigDecimal("51"), SupplementKind.FORMULA, Goal.DAILY_VOLUME, null,
				LocalTime.of(22, 0), LocalTime.of(6, 0), 8, false, 1);
		assertThat(PlanChecks.settings(choices, TODAY, VolumeUnit.OZ)).extracting(Rejection::field, Rejection::code)
			.containsExactlyInAnyOrder(tuple("lastExpressed", "plan.dateInFuture"),
					tuple("startDate", "plan.startOutOfRange"), tuple("babyBirthDate", "plan.birthTooLongAgo"),
					tuple("supplementVolume", "plan.volumeTooLarge"), tuple("goalVolume", "plan.goalVolumeMissing"));
	}

}
