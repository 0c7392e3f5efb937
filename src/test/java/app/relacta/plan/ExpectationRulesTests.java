package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

import static app.relacta.plan.PlanFixtures.*;

/**
 * What to expect (E1-E9, R15, F5, M3), phase by phase, from tables.
 */
class ExpectationRulesTests {

	@ParameterizedTest(name = "E5: born {0}, on 2026-11-17, goal {1}: {2}")
	@CsvSource({ "2026-09-01, FULL_SUPPLY, E5:750 mL", "2026-10-20, FULL_SUPPLY, none", "2026-04-10, FULL_SUPPLY, none",
			", FULL_SUPPLY, none", "2026-09-01, DAILY_VOLUME, E6:591 mL", "2026-04-10, DAILY_VOLUME, E6:591 mL",
			"2026-09-01, COMFORT_NURSING, none" })
	void e5TheFullSupplyFigureOnlyForOneToSixMonthsAndTheParentsGoalWins(String birth, Goal goal, String expected) {
		PlanSettings settings = new PlanSettings(LactationPath.RELACTATION, null, DAY_1,
				(birth == null) ? null : LocalDate.parse(birth), true, null, SupplementKind.NONE, goal,
				(goal == Goal.DAILY_VOLUME) ? new BigDecimal("591") : null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10,
				false, 1);
		List<String> volumes = ExpectationRules.expectations(settings, LocalDate.parse("2026-11-17"), List.of())
			.stream()
			.filter((a) -> a.key().equals("expect.fullSupply") || a.key().equals("expect.ownGoal"))
			.map((a) -> a.rule() + ":" + a.args().get(0))
			.toList();
		assertThat(volumes).containsExactlyElementsOf(expected.equals("none") ? List.of() : List.of(expected));
	}

	@Test
	void r15AMaintenanceRhythmIsOfferedOnceTheGoalIsReached() {
		PlanSettings goal = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false, null,
				SupplementKind.NONE, Goal.DAILY_VOLUME, new BigDecimal("591"), LocalTime.of(22, 0), LocalTime.of(6, 0),
				10, false, 1);
		LocalDate day22 = DAY_1.plusDays(21);
		List<DayVolume> rising = new ArrayList<>();
		List<DayVolume> reached = new ArrayList<>();
		for (int back = 1; back <= 10; back++) {
			rising.add(volume(day22.minusDays(back).toString(), String.valueOf(600 - back * 40)));
			reached.add(volume(day22.minusDays(back).toString(), String.valueOf(620 - back * 20)));
		}
		assertThat(ExpectationRules.expectations(goal, day22, rising)).extracting(Advice::rule)
			.doesNotContain(Rule.R15);
		assertThat(ExpectationRules.expectations(goal, day22, reached)).extracting(Advice::rule).contains(Rule.R15);
	}

	@Test
	void e8ASupplementedBabyGetsFeedBeforeFranticAndPacedBottleFeeding() {
		PlanSettings bottle = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false,
				new BigDecimal("300"), SupplementKind.FORMULA, Goal.PARTIAL_SUPPLY, null, LocalTime.of(22, 0),
				LocalTime.of(6, 0), 10, false, 1);
		assertThat(ExpectationRules.expectations(bottle, DAY_1, List.of())).extracting(Advice::key)
			.contains("expect.beforeFrantic", "expect.pacedBottle", "expect.exclusivePumping");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"day 3 of relactation|RELACTATION|2026-11-04||false|E1:expect.firstDays F5 E9 E7 E6",
			"before the start|INDUCED|2026-11-01||true|M3:expect.notStarted E2:expect.induced E6",
			"week 5, stopped 6 weeks before|RELACTATION|2026-12-05|2026-09-21|true|E1:expect.weeks E2:expect.longerStop E6",
			"stopped a week before, day 10|RELACTATION|2026-11-11|2026-10-26|false|E1:expect.weeks E2:expect.recentStop F5:help.latch E9 E7 E6" })
	void expectationsFollowThePhase(String name, LactationPath path, String date, String lastExpressed, boolean latches,
			String expected) {
		PlanSettings settings = new PlanSettings(path,
				(lastExpressed == null || lastExpressed.isBlank()) ? null : LocalDate.parse(lastExpressed), DAY_1, null,
				latches, null, SupplementKind.NONE, Goal.FULL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10,
				false, 1);
		List<Advice> advice = ExpectationRules.expectations(settings, LocalDate.parse(date), List.of());
		List<String> shown = advice.stream()
			.map((a) -> expected.contains(a.rule() + ":") ? a.rule() + ":" + a.key() : a.rule().toString())
			.toList();
		assertThat(shown).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
	}

	@Test
	void anOlderBabyWhoDoesNotLatchGetsTheBottleAndSkinToSkinTips() {
		PlanSettings settings = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, LocalDate.parse("2026-06-01"),
				false, null, SupplementKind.NONE, Goal.COMFORT_NURSING, null, LocalTime.of(22, 0), LocalTime.of(6, 0),
				10, false, 1);
		assertThat(ExpectationRules.expectations(settings, DAY_1, List.of())).extracting(Advice::rule)
			.contains(Rule.E3)
			.doesNotContain(Rule.E5);
	}

	@Test
	void aLevelSupplyAfterTenDaysIsCalledAPlateauAndThatIsNormal() {
		List<DayVolume> days = new ArrayList<>();
		String[] totals = { "590", "600", "560", "580", "450", "400", "300", "200", "120", "95" };
		for (int i = 0; i < totals.length; i++) {
			days.add(volume(DAY_1.plusDays(20 - i).toString(), totals[i]));
		}
		assertThat(ExpectationRules.plateau(days)).isTrue();
		assertThat(ExpectationRules.expectations(DEFAULTS, DAY_1.plusDays(21), days)).extracting(Advice::key)
			.contains("expect.plateau");
		days.set(0, volume(DAY_1.plusDays(20).toString(), "700"));
		assertThat(ExpectationRules.plateau(days)).isFalse();
	}

	@Test
	void f5NoInventedThresholdALowDayNeverRaisesALactationConsultantByItself() {
		PlanSettings latching = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, true, null,
				SupplementKind.NONE, Goal.PARTIAL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false, 1);
		List<DayVolume> low = new ArrayList<>();
		for (int back = 1; back <= 10; back++) {
			low.add(new DayVolume(DAY_1.plusDays(40 - back), 9, new BigDecimal("5")));
		}
		assertThat(ExpectationRules.expectations(latching, DAY_1.plusDays(40), low)).extracting(Advice::rule)
			.doesNotContain(Rule.F5);
	}

	@Test
	void r15OnceChosenTheMaintenanceRhythmIsNamedAndAFallOfAFifthSuggestsEightAgain() {
		PlanSettings maintenance = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, true, null,
				SupplementKind.NONE, Goal.DAILY_VOLUME, new BigDecimal("500"), LocalTime.of(22, 0), LocalTime.of(6, 0),
				6, false, 0);
		LocalDate day40 = DAY_1.plusDays(39);
		List<DayVolume> steady = new ArrayList<>();
		List<DayVolume> falling = new ArrayList<>();
		for (int back = 1; back <= 14; back++) {
			steady.add(new DayVolume(day40.minusDays(back), 6, new BigDecimal("520")));
			falling.add(new DayVolume(day40.minusDays(back), 6, new BigDecimal((back <= 7) ? "400" : "520")));
		}
		assertThat(ExpectationRules.expectations(maintenance, day40, steady)).extracting(Advice::key)
			.contains("expect.maintenanceChosen")
			.doesNotContain("expect.maintenanceFalling", "expect.maintenance");
		// 400 is 77% of 520: more than a fifth down.
		assertThat(ExpectationRules.expectations(maintenance, day40, falling)).extracting(Advice::key)
			.contains("expect.maintenanceChosen", "expect.maintenanceFalling");
	}

}
