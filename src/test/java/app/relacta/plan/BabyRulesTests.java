package app.relacta.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The baby first, rule by rule (R13, R14, F1, F2): diapers on whole days, weight by age,
 * every loss seen, the newborn notes.
 */
class BabyRulesTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-17");

	@ParameterizedTest(name = "R14: born {0}, weighed {1} then {2} g a week later: weight {3}, flags [{4}]")
	@CsvSource({ "2026-09-01, 5000, 5180, FINE, ''", "2026-09-01, 5000, 5130, BORDERLINE, ''",
			"2026-09-01, 5000, 5100, RED_FLAG, F2", "2026-06-01, 7000, 7100, FINE, ''",
			"2026-06-01, 7000, 7080, RED_FLAG, F2", "2026-06-01, 7000, 7050, RED_FLAG, F2",
			"2026-04-10, 8000, 8080, FINE, ''", "2026-04-10, 8000, 8050, FINE, ''",
			"2026-04-10, 8000, 8040, RED_FLAG, F2", "2025-10-01, 9500, 9520, FINE, ''",
			"2026-04-10, 8000, 7990, RED_FLAG, F2" })
	void r14TheWeeklyGainIsJudgedByTheBabysAge(String birth, int before, int after, BabyRules.Reading reading,
			String flags) {
		List<BabyCheck> checks = withDiapers(List.of(weight("2026-11-10", before), weight("2026-11-17", after)));
		BabyRules.Status status = BabyRules.assess(settings(birth), TODAY, checks);
		assertThat(status.weight()).isEqualTo(reading);
		assertThat(status.flags()).extracting(Advice::rule)
			.containsExactlyElementsOf(flags.isBlank() ? List.of() : List.of(Rule.valueOf(flags)));
	}

	@Test
	void f2AHealthySevenMonthOldGainingEightyGramsAWeekHasNoRedFlag() {
		List<BabyCheck> checks = withDiapers(
				List.of(weight("2026-11-03", 7840), weight("2026-11-10", 7920), weight("2026-11-17", 8000)));
		BabyRules.Status status = BabyRules.assess(settings("2026-04-10"), TODAY, checks);
		assertThat(status.flags()).isEmpty();
		assertThat(status.weight()).isEqualTo(BabyRules.Reading.FINE);
		assertThat(status.weeklyGain()).isEqualTo(80);
	}

	@Test
	void f2ALossOverTwoDaysIsARedFlagWhateverTheInterval() {
		List<BabyCheck> checks = withDiapers(List.of(weight("2026-11-15", 5200), weight("2026-11-17", 5150)));
		BabyRules.Status status = BabyRules.assess(settings("2026-09-01"), TODAY, checks);
		assertThat(status.flags()).extracting(Advice::rule, Advice::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.F2, "flag.weightLoss"));
		assertThat(status.flags().get(0).args()).containsExactly(new Grams(50), LocalDate.parse("2026-11-15"));
	}

	@ParameterizedTest(name = "R14 newborn: born {0}, {1} g then {2} g on {3}: flags [{4}]")
	@CsvSource({ "2026-11-14, 3500, 3330, 2026-11-17, ''", "2026-11-14, 3500, 3200, 2026-11-17, F2",
			"2026-10-31, 3500, 3450, 2026-11-17, F2", "2026-10-31, 3500, 3600, 2026-11-17, ''" })
	void r14TheNewbornNotes(String birth, int first, int latest, String latestDate, String flags) {
		LocalDate born = LocalDate.parse(birth);
		List<BabyCheck> checks = List.of(weight(born.plusDays(1).toString(), first), weight(latestDate, latest));
		BabyRules.Status status = BabyRules.assess(settings(birth), TODAY, checks);
		assertThat(status.flags()).extracting(Advice::rule)
			.containsExactlyElementsOf(flags.isBlank() ? List.of() : List.of(Rule.valueOf(flags)));
	}

	@Test
	void r13AMorningCountForTodayIsNeverARedFlagButYesterdaysWholeDayIs() {
		PlanSettings settings = settings("2026-09-01");
		List<BabyCheck> morning = List.of(diapers("2026-11-15", 7), diapers("2026-11-16", 7), diapers("2026-11-17", 2));
		assertThat(BabyRules.assess(settings, TODAY, morning).flags()).isEmpty();
		assertThat(BabyRules.assess(settings, TODAY, morning).diapers()).isEqualTo(BabyRules.Reading.FINE);
		List<BabyCheck> yesterdayFew = List.of(diapers("2026-11-15", 7), diapers("2026-11-16", 4));
		assertThat(BabyRules.assess(settings, TODAY, yesterdayFew).flags()).extracting(Advice::rule)
			.containsExactly(Rule.F1);
	}

	@Test
	void r13DiapersAtExactlyTheMinimumAreBorderlineAndAMissingDayIsAskedFor() {
		PlanSettings settings = settings("2026-09-01");
		assertThat(BabyRules.assess(settings, TODAY, List.of(diapers("2026-11-15", 6), diapers("2026-11-16", 8)))
			.diapers()).isEqualTo(BabyRules.Reading.BORDERLINE);
		BabyRules.Status gap = BabyRules.assess(settings, TODAY, List.of(diapers("2026-11-16", 8)));
		assertThat(gap.diapers()).isEqualTo(BabyRules.Reading.UNKNOWN);
		assertThat(gap.diaperNote().key()).isEqualTo("baby.logDiapers");
	}

	@Test
	void f1WithoutABirthDateFewerThanSixOnAWholeDayIsStillARedFlagAndTheDateIsAskedFor() {
		BabyRules.Status status = BabyRules.assess(settings(null), TODAY,
				List.of(diapers("2026-11-15", 8), diapers("2026-11-16", 3)));
		assertThat(status.diapers()).isEqualTo(BabyRules.Reading.RED_FLAG);
		assertThat(status.flags()).extracting(Advice::rule, Advice::key, Advice::args)
			.containsExactly(tuple(Rule.F1, "flag.diapersNoBirthDate", List.of(3, 6)));
		// Today's count is still under way: never a flag.
		assertThat(BabyRules.assess(settings(null), TODAY, List.of(diapers(TODAY.toString(), 2))).flags()).isEmpty();
	}

	@Test
	void r13WithoutABirthDateSixOrMoreAreNotJudgedAndTheBirthDateIsAskedFor() {
		BabyRules.Status status = BabyRules.assess(settings(null), TODAY,
				List.of(diapers("2026-11-15", 6), diapers("2026-11-16", 7)));
		assertThat(status.flags()).isEmpty();
		assertThat(status.diapers()).isEqualTo(BabyRules.Reading.UNKNOWN);
		assertThat(status.diaperNote().key()).isEqualTo("baby.askBirthDate");
	}

	@Test
	void r13AYoungBabysDiapersAreNotJudgedInTheFirstFourDays() {
		PlanSettings settings = settings("2026-11-14");
		assertThat(BabyRules.assess(settings, TODAY, List.of(diapers("2026-11-16", 3))).flags()).isEmpty();
		assertThat(BabyRules.assess(settings, LocalDate.parse("2026-11-21"), List.of(diapers("2026-11-20", 3))).flags())
			.extracting(Advice::rule)
			.containsExactly(Rule.F1);
	}

	@Test
	void r13CountsFromDayFiveOfLifeAsEnglishSpanishAndTheEngineSay() {
		// Born on the 14th: that is day 1 of life, the 17th day 4, the 18th day 5.
		PlanSettings settings = settings("2026-11-14");
		assertThat(BabyRules.assess(settings, LocalDate.parse("2026-11-18"), List.of(diapers("2026-11-17", 3))).flags())
			.isEmpty();
		assertThat(BabyRules.assess(settings, LocalDate.parse("2026-11-19"), List.of(diapers("2026-11-18", 3))).flags())
			.extracting(Advice::key)
			.containsExactly("flag.diapers");
	}

	@Test
	void r14TheWeeklyGainIsMeasuredOverAtLeastAWeek() {
		assertThat(BabyRules
			.weeklyGain(List.of(weight("2026-11-01", 4000), weight("2026-11-15", 4400), weight("2026-11-12", 4350))))
			.contains(200);
		assertThat(BabyRules.weeklyGain(List.of(weight("2026-11-10", 4000), weight("2026-11-15", 4400)))).isEmpty();
	}

	static PlanSettings settings(@Nullable String birth) {
		return new PlanSettings(LactationPath.RELACTATION, null, LocalDate.parse("2026-11-02"),
				(birth == null) ? null : LocalDate.parse(birth), false, null, SupplementKind.NONE, Goal.FULL_SUPPLY,
				null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false, 1);
	}

	private static List<BabyCheck> withDiapers(List<BabyCheck> weights) {
		List<BabyCheck> checks = new ArrayList<>(weights);
		checks.add(diapers("2026-11-15", 8));
		checks.add(diapers("2026-11-16", 8));
		return checks;
	}

	static BabyCheck weight(String date, int grams) {
		return new BabyCheck(LocalDate.parse(date), null, grams, null);
	}

	static BabyCheck diapers(String date, int wet) {
		return new BabyCheck(LocalDate.parse(date), wet, null, null);
	}

}
