package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11 and R12: the supplement taper remembers. Tested by replaying a parent who follows
 * every suggestion day after day, and case by case.
 */
class SupplementTaperTests {

	private static final LocalDate BIRTH = LocalDate.parse("2026-09-01");

	private static final LocalDate FIRST = LocalDate.parse("2026-11-10");

	@Test
	void r12AParentWhoFollowsEverySuggestedCutForThreeWeeksEndsOnTheR12Schedule() {
		Replay replay = new Replay(settings(true, "300"));
		for (int day = 0; day < 22; day++) {
			replay.day(FIRST.plusDays(day));
		}
		assertThat(replay.cutDays()).containsExactly(0, 3, 6, 8, 10, 12, 14, 16, 18, 20);
		assertThat(replay.givenOn(2)).isEqualByComparingTo("270");
		assertThat(replay.givenOn(5)).isEqualByComparingTo("240");
		assertThat(replay.givenOn(7)).isEqualByComparingTo("210");
		assertThat(replay.givenOn(20)).isEqualByComparingTo("0");
		for (int i = 1; i < replay.cutDays().size(); i++) {
			int apart = replay.cutDays().get(i) - replay.cutDays().get(i - 1);
			assertThat(apart).as("days between cut %d and cut %d", i, i + 1).isGreaterThanOrEqualTo((i < 3) ? 3 : 2);
		}
		assertThat(replay.directions.get(1)).isEqualTo(SupplementTaper.Direction.WAIT);
		assertThat(replay.directions.get(2)).isEqualTo(SupplementTaper.Direction.WAIT);
		assertThat(replay.advice.get(1).key()).isEqualTo("supplement.waitAfterCut");
		assertThat(replay.advice.get(1).args()).containsExactly(new Millilitres(new BigDecimal("30")), FIRST,
				FIRST.plusDays(3));
		assertThat(replay.advice.get(3).key()).isEqualTo("supplement.reduce");
		assertThat(replay.advice.get(6).key()).isEqualTo("supplement.reduceLater");
		assertThat(replay.last.direction()).isEqualTo(SupplementTaper.Direction.DONE);
	}

	@Test
	void r12TheOldEngineWouldHaveCutEveryDayTheTaperNeverCutsTwiceWithinThreeDays() {
		Replay replay = new Replay(settings(true, "300"));
		for (int day = 0; day < 5; day++) {
			replay.day(FIRST.plusDays(day));
		}
		// 300 to 150 mL in five days before; now one cut, then the wait.
		assertThat(replay.cutDays()).containsExactly(0, 3);
		assertThat(replay.givenOn(4)).isEqualByComparingTo("240");
	}

	@Test
	void r12APumpingParentsCutsWaitForTheirMilkToRise() {
		Replay replay = new Replay(settings(false, "300"));
		replay.milkRising = false;
		replay.day(FIRST);
		assertThat(replay.last.advice().key()).isEqualTo("supplement.waitForMilk");
		replay.milkRising = true;
		replay.day(FIRST.plusDays(1));
		assertThat(replay.last.direction()).isEqualTo(SupplementTaper.Direction.REDUCE);
	}

	@Test
	void r12ABorderlineGainHolds() {
		Replay replay = new Replay(settings(true, "300"));
		replay.gramsPerWeek = 130;
		replay.day(FIRST);
		assertThat(replay.last.direction()).isEqualTo(SupplementTaper.Direction.HOLD);
		assertThat(replay.last.advice().key()).isEqualTo("supplement.holdBorderline");
		assertThat(replay.last.reasons()).extracting(Advice::key).containsExactly("baby.gainBelowRange");
	}

	@Test
	void r12DiapersAtExactlyTheMinimumHold() {
		Replay replay = new Replay(settings(true, "300"));
		replay.wetDiapers = 6;
		replay.day(FIRST);
		assertThat(replay.last.direction()).isEqualTo(SupplementTaper.Direction.HOLD);
		assertThat(replay.last.reasons()).extracting(Advice::key).containsExactly("baby.diapersAtMinimum");
	}

	@Test
	void r12AWeightOlderThanSevenDaysOrAMissingDiaperCountIsAskedFor() {
		Replay replay = new Replay(settings(true, "300"));
		replay.weighEvery = 10;
		for (int day = 0; day < 10; day++) {
			replay.day(FIRST.plusDays(day));
		}
		assertThat(replay.directions.subList(8, 10)).containsOnly(SupplementTaper.Direction.LOG_CHECKS);
		assertThat(replay.last.reasons()).extracting(Advice::key).containsExactly("baby.weightOld");

		Replay noDiapers = new Replay(settings(true, "300"));
		noDiapers.wetDiapers = null;
		noDiapers.day(FIRST);
		assertThat(noDiapers.last.direction()).isEqualTo(SupplementTaper.Direction.LOG_CHECKS);
		assertThat(noDiapers.last.reasons()).extracting(Advice::key).containsExactly("baby.logDiapers");
	}

	@Test
	void r11ARedFlagHoldsTheSupplementWhateverTheTaper() {
		Replay replay = new Replay(settings(true, "300"));
		replay.gramsPerWeek = -20;
		replay.day(FIRST);
		assertThat(replay.last.direction()).isEqualTo(SupplementTaper.Direction.HOLD);
		assertThat(replay.last.advice().rule()).isEqualTo(Rule.R11);
		// The flag itself is shown first on the page; the card does not repeat it.
		assertThat(replay.last.reasons()).isEmpty();
	}

	@Test
	void r12MoreGivenBecauseTheBabyNeededItStartsTheTaperAgainGently() {
		List<BabyCheck> given = List.of(given("2026-11-01", "300"), given("2026-11-02", "270"),
				given("2026-11-05", "240"), given("2026-11-08", "210"), given("2026-11-09", "270"));
		SupplementTaper.Timeline timeline = SupplementTaper.timeline(new BigDecimal("300"), given,
				LocalDate.parse("2026-11-10"));
		assertThat(timeline.currentMl()).isEqualByComparingTo("270");
		assertThat(timeline.cuts()).hasSize(3);
		assertThat(timeline.cutsInRun()).isZero();
		assertThat(timeline.nextPossibleCut()).isEqualTo(LocalDate.parse("2026-11-12"));
		assertThat(timeline.days()).extracting(SupplementTaper.GivenDay::cut)
			.containsExactly(false, true, true, true, false);
	}

	@Test
	void r12NoSupplementSetAndNoneNotedMeansNoAdvice() {
		BabyRules.Status fine = BabyRules.assess(settings(true, null), FIRST, List.of());
		assertThat(SupplementTaper.advise(settings(true, null), FIRST, fine, List.of(), List.of())).isNull();
	}

	private static PlanSettings settings(boolean latches, @Nullable String startMl) {
		return new PlanSettings(LactationPath.RELACTATION, null, LocalDate.parse("2026-11-01"), BIRTH, latches,
				(startMl != null) ? new BigDecimal(startMl) : null,
				(startMl != null) ? SupplementKind.FORMULA : SupplementKind.NONE, Goal.FULL_SUPPLY, null,
				LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false, 1);
	}

	private static BabyCheck given(String date, String ml) {
		return new BabyCheck(LocalDate.parse(date), 8, null, new BigDecimal(ml));
	}

	/**
	 * A family that does what the plan says: each day the engine's advice is read, the
	 * supplement given is noted (the suggested cut's lower amount when it suggests one),
	 * and the baby's diapers (each day) and weight (every {@code weighEvery} days) are
	 * noted too.
	 */
	private static final class Replay {

		private final PlanSettings settings;

		private final List<BabyCheck> checks = new ArrayList<>();

		private final List<SupplementTaper.Direction> directions = new ArrayList<>();

		private final List<Advice> advice = new ArrayList<>();

		private SupplementTaper.SupplementAdvice last;

		private @Nullable Integer wetDiapers = 8;

		private int gramsPerWeek = 180;

		private int weighEvery = 7;

		private boolean milkRising = true;

		Replay(PlanSettings settings) {
			this.settings = settings;
		}

		void day(LocalDate today) {
			// The days before the replay: diapers noted, a weight a week before.
			if (this.checks.isEmpty()) {
				for (int back = 7; back >= 1; back--) {
					this.checks.add(new BabyCheck(today.minusDays(back), this.wetDiapers,
							(back == 7) ? 5000 - this.gramsPerWeek : null, null));
				}
			}
			long sinceFirst = ChronoUnit.DAYS.between(FIRST, today);
			Integer grams = (sinceFirst % this.weighEvery == 0) ? 5000 + (int) (this.gramsPerWeek * sinceFirst / 7.0)
					: null;
			List<BabyCheck> known = new ArrayList<>(this.checks);
			if (grams != null) {
				known.add(new BabyCheck(today, null, grams, null));
			}
			BabyRules.Status baby = BabyRules.assess(this.settings, today, window(known, today));
			this.last = SupplementTaper.advise(this.settings, today, baby, known, milk(today));
			this.directions.add(this.last.direction());
			this.advice.add(this.last.advice());
			BigDecimal current = this.last.timeline().currentMl();
			BigDecimal given = (this.last.direction() == SupplementTaper.Direction.REDUCE)
					? current.subtract(SupplementTaper.FIRST_CUT_ML.min(current)) : current;
			this.checks.add(new BabyCheck(today, this.wetDiapers, grams, given));
		}

		private List<BabyCheck> window(List<BabyCheck> known, LocalDate today) {
			return known.stream().filter((check) -> check.date().isAfter(today.minusDays(22))).toList();
		}

		private List<DayVolume> milk(LocalDate today) {
			List<DayVolume> days = new ArrayList<>();
			for (int back = 1; back <= 10; back++) {
				int ml = this.milkRising ? 400 - back * 10 : 300;
				days.add(new DayVolume(today.minusDays(back), 9, new BigDecimal(ml)));
			}
			return days;
		}

		List<Integer> cutDays() {
			return this.checks.stream()
				.filter((check) -> check.supplementMl() != null && !check.date().isBefore(FIRST))
				.filter((check) -> {
					BabyCheck before = this.checks.stream()
						.filter((other) -> other.supplementMl() != null && other.date().isBefore(check.date()))
						.reduce((a, b) -> b)
						.orElse(null);
					BigDecimal previous = (before != null) ? before.supplementMl() : this.settings.supplementMlPerDay();
					return check.supplementMl().compareTo(previous) < 0;
				})
				.map((check) -> (int) ChronoUnit.DAYS.between(FIRST, check.date()))
				.toList();
		}

		BigDecimal givenOn(int day) {
			return this.checks.stream()
				.filter((check) -> check.date().equals(FIRST.plusDays(day)))
				.map(BabyCheck::supplementMl)
				.findFirst()
				.orElseThrow();
		}

	}

}
