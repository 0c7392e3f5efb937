package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan engine, rule by rule (shared/GUIDANCE.md), in plain JUnit.
 */
class PlanEngineTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalDate DAY_1 = LocalDate.parse("2026-11-02");

	private static final PlanSettings DEFAULTS = PlanSettings.defaults(DAY_1);

	// ---- R1, R3, R4, R5, R10: the schedule ----

	@Test
	void theDefaultPlanIsTenSessionsTwoHoursApartByDayAndOneAtTwoInTheMorning() {
		assertThat(PlanEngine.slotTimes(DEFAULTS)).extracting(LocalTime::toString)
			.containsExactly("02:00", "06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00");
	}

	static Stream<Arguments> schedules() {
		return Stream.of(Arguments.of(8, "22:00", "06:00", false, 8), Arguments.of(10, "22:00", "06:00", false, 10),
				Arguments.of(12, "22:00", "06:00", false, 12), Arguments.of(8, "22:00", "06:00", true, 10),
				Arguments.of(10, "23:00", "07:00", false, 10), Arguments.of(10, "20:00", "04:00", false, 10),
				Arguments.of(10, "21:00", "07:00", false, 10), Arguments.of(9, "00:00", "05:00", false, 9),
				Arguments.of(10, "19:00", "07:00", false, 10), Arguments.of(4, "22:00", "06:00", false, 8),
				Arguments.of(20, "22:00", "06:00", false, 12));
	}

	@ParameterizedTest(name = "target {0}, night {1}-{2}, fast track {3}: {4} sessions within the gaps")
	@MethodSource("schedules")
	void everyScheduleKeepsTheGapsAndHasANightSession(int target, String nightStart, String nightEnd, boolean fastTrack,
			int expectedSessions) {
		PlanSettings settings = settings(target, nightStart, nightEnd, fastTrack);
		List<LocalTime> slots = PlanEngine.slotTimes(settings);
		assertThat(slots).hasSize(expectedSessions).doesNotHaveDuplicates().isSorted();
		Duration dayLimit = fastTrack ? Duration.ofHours(2) : Duration.ofHours(3);
		for (int i = 0; i < slots.size(); i++) {
			LocalTime from = slots.get(i);
			LocalTime to = slots.get((i + 1) % slots.size());
			Duration gap = Duration.between(from, to);
			if (gap.isNegative() || gap.isZero()) {
				gap = gap.plusDays(1);
			}
			boolean night = settings.isNight(from.plus(gap.dividedBy(2)));
			assertThat(gap).as("gap from %s to %s", from, to)
				.isLessThanOrEqualTo(night ? PlanEngine.NIGHT_GAP : dayLimit);
		}
		assertThat(slots).as("R5: a session in the night window").anyMatch(settings::isNight);
		assertThat(slots).as("R5: one between 01:00 and 05:00").anyMatch(PlanEngine::inProlactinHours);
	}

	@ParameterizedTest(name = "night {0}-{1}: {2} is night")
	@CsvSource({ "22:00, 06:00, 23:59, true", "22:00, 06:00, 00:00, true", "22:00, 06:00, 05:59, true",
			"22:00, 06:00, 06:00, false", "22:00, 06:00, 21:59, false", "01:00, 05:00, 03:00, true",
			"01:00, 05:00, 05:00, false" })
	void theNightWindowMayCrossMidnight(String start, String end, String time, boolean night) {
		assertThat(settings(10, start, end, false).isNight(LocalTime.parse(time))).isEqualTo(night);
	}

	// ---- The day's plan: times, checklist, power pump (R6), DST ----

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

	@Test
	void theGapsOfA23HourAndA25HourDayAreMeasuredInRealTime() {
		// Spring forward (29 March 2026): 00:30 to 03:30 local is only two hours.
		DayReview spring = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-03-29"), LONDON,
				List.of(session("2026-03-29T00:30", LONDON), session("2026-03-29T03:30", LONDON)), List.of(),
				Instant.parse("2026-03-30T00:00:00Z"));
		assertThat(spring.longestNightGap()).isEqualTo(Duration.ofHours(2));
		// Fall back (25 October 2026): 00:30 to 03:30 local is four hours.
		DayReview fall = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-10-25"), LONDON,
				List.of(session("2026-10-25T00:30", LONDON), session("2026-10-25T03:30", LONDON)), List.of(),
				Instant.parse("2026-10-26T00:00:00Z"));
		assertThat(fall.longestNightGap()).isEqualTo(Duration.ofHours(4));
	}

	// ---- The review (R1, R3, R4, R5, R6, R7) and the diary ----

	@Test
	void anEmptyDayIsReviewedWithoutBlameAndSuggestsMoreSessions() {
		DayReview review = PlanEngine.review(DEFAULTS, DAY_1, LONDON, List.of(), List.of(),
				Instant.parse("2026-11-03T00:00:00Z"));
		assertThat(review.sessions()).isZero();
		assertThat(review.totalMl()).isNull();
		assertThat(review.tomorrow().key()).isEqualTo("tomorrow.moreSessions");
	}

	@Test
	void theDiarysFirstDayFromThreeInTheAfternoonIsReviewed() {
		// Day 1: hourly from 15:00 to 21:00, then every 2.5 hours from 22:30 to 08:00;
		// drops.
		List<SessionFact> diary = new ArrayList<>();
		for (int hour = 15; hour <= 21; hour++) {
			diary.add(drops(String.format("2026-11-02T%02d:00", hour)));
		}
		for (String time : List.of("2026-11-02T22:30", "2026-11-03T01:00", "2026-11-03T03:30", "2026-11-03T06:00",
				"2026-11-03T08:30")) {
			diary.add(drops(time));
		}
		Collections.shuffle(diary);
		DayReview day1 = PlanEngine.review(DEFAULTS, DAY_1, LONDON, diary, List.of(),
				Instant.parse("2026-11-03T12:00:00Z"));
		assertThat(day1.sessions()).isEqualTo(8);
		assertThat(day1.longestDayGap()).isEqualTo(Duration.ofMinutes(90));
		assertThat(day1.prolactinSession()).isFalse();
		assertThat(day1.nightWindowSession()).isTrue();
		assertThat(day1.totalMl()).isNull();
		assertThat(day1.tomorrow().key()).isEqualTo("tomorrow.prolactin");

		DayReview day2 = PlanEngine.review(DEFAULTS, DAY_1.plusDays(1), LONDON, diaryDay2(diary), List.of(),
				Instant.parse("2026-11-04T12:00:00Z"));
		assertThat(day2.prolactinSession()).isTrue();
		assertThat(day2.powerPumps()).isEqualTo(2);
		assertThat(day2.longestNightGap()).isLessThanOrEqualTo(Duration.ofHours(3));
		// 06:00 to 08:30 is still day 1's overnight rhythm; from then on every 1-2 hours.
		assertThat(day2.longestDayGap()).isEqualTo(Duration.ofMinutes(150));
		// The diary started hand expression on day 4: the review suggests it first.
		assertThat(day2.tomorrow().key()).isEqualTo("tomorrow.hands");
	}

	/** Day 2 of the diary: every 1-2 hours, 2 power pumps by day, 3-hourly at night. */
	private static List<SessionFact> diaryDay2(List<SessionFact> day1) {
		List<SessionFact> sessions = new ArrayList<>(day1);
		for (String time : List.of("10:00", "11:30", "13:00", "14:00", "16:00", "17:00", "18:30", "20:00")) {
			sessions.add(drops("2026-11-03T" + time));
		}
		sessions.add(powerPump("2026-11-03T12:00"));
		sessions.add(powerPump("2026-11-03T21:00"));
		sessions.add(drops("2026-11-04T00:00"));
		return sessions;
	}

	@Test
	void aLongNightGapIsTheFirstThingToHelpWithOnceThereAreEnoughSessions() {
		List<SessionFact> sessions = new ArrayList<>();
		for (String time : List.of("06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00")) {
			sessions.add(session("2026-11-05T" + time, true, true));
		}
		sessions.add(session("2026-11-04T21:00", true, true));
		DayReview review = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				Instant.parse("2026-11-06T00:00:00Z"));
		assertThat(review.longestNightGap()).isEqualTo(Duration.ofHours(9));
		assertThat(review.tomorrow().key()).isEqualTo("tomorrow.shorterNight");
		assertThat(review.findings()).extracting(Advice::key).contains("review.nightGapLong", "review.prolactinMissed");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "all done, 02:00 04:00 06:00 08:00 10:00 12:00 14:00 16:00 18:00 20:00P, tomorrow.keepGoing",
			"no power pump, 02:00 04:00 06:00 08:00 10:00 12:00 14:00 16:00 18:00 20:00, tomorrow.powerPump",
			"a 4 h day gap, 02:00 05:00 06:00 08:00 10:00 14:00 15:00 16:00 18:00 20:00P, tomorrow.shorterDay",
			"seven sessions, 02:00 06:00 09:00 12:00 15:00 18:00 20:00P, tomorrow.moreSessions" })
	void theTipForTomorrowFollowsWhatMattersMost(String name, String times, String expected) {
		List<SessionFact> sessions = new ArrayList<>();
		sessions.add(session("2026-11-04T23:00", true, true));
		for (String time : times.split(" ")) {
			boolean power = time.endsWith("P");
			String at = "2026-11-05T" + time.replace("P", "");
			sessions.add(power ? powerPump(at) : session(at, true, true));
		}
		DayReview review = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				Instant.parse("2026-11-06T00:00:00Z"));
		assertThat(review.tomorrow().key()).isEqualTo(expected);
	}

	@Test
	void todaysReviewCountsTheGapStillOpen() {
		List<SessionFact> sessions = List.of(session("2026-11-05T06:00"), session("2026-11-05T08:00"));
		DayReview review = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				Instant.parse("2026-11-05T12:30:00Z"));
		assertThat(review.longestDayGap()).isEqualTo(Duration.ofMinutes(270));
	}

	@Test
	void theDaysMilkIsSetAgainstTheDaysBefore() {
		List<DayVolume> before = List.of(volume("2026-11-04", "40"), volume("2026-11-03", "20"),
				volume("2026-11-02", "0"), volume("2026-10-20", "500"));
		DayReview review = PlanEngine.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON,
				List.of(withMl("2026-11-05T10:00", "30"), withMl("2026-11-05T12:00", "15")), before,
				Instant.parse("2026-11-06T00:00:00Z"));
		assertThat(review.totalMl()).isEqualByComparingTo("45");
		assertThat(review.previousAverageMl()).isEqualByComparingTo("20");
		assertThat(review.findings()).extracting(Advice::key).contains("review.volumeAgainstBefore");
	}

	@Test
	void theSameSessionsAreReviewedInTheZoneThParentNowLivesIn() {
		List<SessionFact> sessions = List.of(session("2026-11-05T23:30", LONDON));
		assertThat(PlanEngine
			.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
					Instant.parse("2026-11-07T00:00:00Z"))
			.sessions()).isEqualTo(1);
		assertThat(PlanEngine
			.review(DEFAULTS, LocalDate.parse("2026-11-06"), ZoneId.of("Europe/Berlin"), sessions, List.of(),
					Instant.parse("2026-11-07T00:00:00Z"))
			.sessions()).isEqualTo(1);
	}

	// ---- Next session and the last 24 hours ----

	@ParameterizedTest(name = "last at {0}, now {1}: due {2}, overdue {3} min")
	@CsvSource(nullValues = "-",
			value = { "2026-11-05T10:00, 2026-11-05T11:00, 2026-11-05T12:00, 0",
					"2026-11-05T10:00, 2026-11-05T12:40, 2026-11-05T12:00, 40",
					"2026-11-05T21:00, 2026-11-05T21:30, 2026-11-06T01:00, 0",
					"2026-11-06T02:00, 2026-11-06T03:00, 2026-11-06T06:00, 0", "-, 2026-11-06T03:00, -, 0" })
	void theNextSessionIsDueAtThePlansSpacingAfterTheLastOne(String last, String now, String due, long overdue) {
		List<SessionFact> sessions = (last != null) ? List.of(session(last)) : List.of();
		NextSession next = PlanEngine.nextSession(DEFAULTS, LONDON, sessions, at(now));
		if (due == null) {
			assertThat(next.due()).isNull();
		}
		else {
			assertThat(next.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse(due));
		}
		assertThat(next.minutesOverdue()).isEqualTo(overdue);
		assertThat(next.isOverdue()).isEqualTo(overdue > 0);
	}

	@Test
	void theLast24HoursTreatANightAcrossMidnightAsOneNight() {
		List<SessionFact> sessions = List.of(withMl("2026-11-05T20:00", "20"), withMl("2026-11-05T23:30", "15"),
				withMl("2026-11-06T02:30", "25"), withMl("2026-11-06T06:00", "30"), withMl("2026-11-04T20:00", "99"));
		RollingDay last = PlanEngine.last24Hours(LONDON, sessions, at("2026-11-06T07:00"));
		assertThat(last.sessions()).isEqualTo(4);
		assertThat(last.totalMl()).isEqualByComparingTo("90");
		assertThat(last.longestGap()).isEqualTo(Duration.ofHours(24));
		assertThat(last.prolactinSession()).isTrue();
		RollingDay later = PlanEngine.last24Hours(LONDON, sessions.subList(0, 4), at("2026-11-06T09:00"));
		assertThat(later.longestGap()).isEqualTo(Duration.ofMinutes(210));
	}

	// ---- What to expect (E1-E9, R15, F5, M3) ----

	@ParameterizedTest(name = "E5: born {0}, on 2026-11-17, goal {1}: {2}")
	@CsvSource({ "2026-09-01, FULL_SUPPLY, E5:750 mL", "2026-10-20, FULL_SUPPLY, none", "2026-04-10, FULL_SUPPLY, none",
			", FULL_SUPPLY, none", "2026-09-01, DAILY_VOLUME, E6:591 mL", "2026-04-10, DAILY_VOLUME, E6:591 mL",
			"2026-09-01, COMFORT_NURSING, none" })
	void e5TheFullSupplyFigureOnlyForOneToSixMonthsAndTheParentsGoalWins(String birth, Goal goal, String expected) {
		PlanSettings settings = new PlanSettings(LactationPath.RELACTATION, null, DAY_1,
				(birth == null) ? null : LocalDate.parse(birth), true, null, SupplementKind.NONE, goal,
				(goal == Goal.DAILY_VOLUME) ? new BigDecimal("591") : null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10,
				false, 1);
		List<String> volumes = PlanEngine.expectations(settings, LocalDate.parse("2026-11-17"), List.of())
			.stream()
			.filter((a) -> a.key().equals("expect.fullSupply") || a.key().equals("expect.ownGoal"))
			.map((a) -> a.rule() + ":" + a.args().get(0))
			.toList();
		assertThat(volumes).containsExactlyElementsOf(expected.equals("none") ? List.of() : List.of(expected));
	}

	@Test
	void f5UnmeasuredBreastfeedsAreNotZeroSoTheyNeverReadAsLowSupply() {
		PlanSettings latching = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, true, null,
				SupplementKind.NONE, Goal.COMFORT_NURSING, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false, 1);
		LocalDate day30 = DAY_1.plusDays(29);
		List<DayVolume> breastfeeds = new ArrayList<>();
		List<DayVolume> pumpedLittle = new ArrayList<>();
		for (int back = 1; back <= 10; back++) {
			breastfeeds.add(new DayVolume(day30.minusDays(back), 9, null, 9));
			pumpedLittle.add(new DayVolume(day30.minusDays(back), 9, new BigDecimal("12")));
		}
		assertThat(PlanEngine.expectations(latching, day30, breastfeeds)).extracting(Advice::key)
			.doesNotContain("help.lowSupply");
		assertThat(PlanEngine.expectations(latching, day30, pumpedLittle)).extracting(Advice::key)
			.contains("help.lowSupply");
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
		assertThat(PlanEngine.expectations(goal, day22, rising)).extracting(Advice::rule).doesNotContain(Rule.R15);
		assertThat(PlanEngine.expectations(goal, day22, reached)).extracting(Advice::rule).contains(Rule.R15);
	}

	@Test
	void e8ASupplementedBabyGetsFeedBeforeFranticAndPacedBottleFeeding() {
		PlanSettings bottle = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false,
				new BigDecimal("300"), SupplementKind.FORMULA, Goal.PARTIAL_SUPPLY, null, LocalTime.of(22, 0),
				LocalTime.of(6, 0), 10, false, 1);
		assertThat(PlanEngine.expectations(bottle, DAY_1, List.of())).extracting(Advice::key)
			.contains("expect.beforeFrantic", "expect.pacedBottle", "expect.exclusivePumping");
	}

	@ParameterizedTest(name = "R6: {0} power pumps a day: planned at {1}")
	@CsvSource({ "0, ''", "1, 20:00", "2, 14:00 20:00", "3, 08:00 14:00 20:00" })
	void r6PowerPumpingUpToThreeTimesADay(int powerPumps, String expected) {
		PlanSettings settings = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false, null,
				SupplementKind.NONE, Goal.FULL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false,
				powerPumps);
		assertThat(PlanEngine.powerPumpSlots(settings, PlanEngine.slotTimes(settings))).extracting(LocalTime::toString)
			.containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
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
		List<Advice> advice = PlanEngine.expectations(settings, LocalDate.parse(date), List.of());
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
		assertThat(PlanEngine.expectations(settings, DAY_1, List.of())).extracting(Advice::rule)
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
		assertThat(PlanEngine.plateau(days)).isTrue();
		assertThat(PlanEngine.expectations(DEFAULTS, DAY_1.plusDays(21), days)).extracting(Advice::key)
			.contains("expect.plateau");
		days.set(0, volume(DAY_1.plusDays(20).toString(), "700"));
		assertThat(PlanEngine.plateau(days)).isFalse();
	}

	@Test
	void aLowSupplyAfterThreeWeeksSuggestsALactationConsultant() {
		PlanSettings latching = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, true, null,
				SupplementKind.NONE, Goal.PARTIAL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false, 1);
		List<DayVolume> low = List.of(volume("2026-11-24", "20"), volume("2026-11-25", "25"),
				volume("2026-11-26", "30"));
		assertThat(PlanEngine.expectations(latching, LocalDate.parse("2026-11-27"), low)).extracting(Advice::key)
			.contains("help.lowSupply");
		assertThat(PlanEngine.expectations(latching, LocalDate.parse("2026-11-10"), low)).extracting(Advice::key)
			.doesNotContain("help.lowSupply");
		List<DayVolume> fine = List.of(volume("2026-11-24", "200"), volume("2026-11-25", "220"),
				volume("2026-11-26", "210"));
		assertThat(PlanEngine.expectations(latching, LocalDate.parse("2026-11-27"), fine)).extracting(Advice::key)
			.doesNotContain("help.lowSupply");
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

	@Test
	void theDiarysSixthDayKeepsWithinTheGapsAndNeedsOnlyAPowerPump() {
		// Day 6: every 3 hours by day, every 4 hours at night, hand expression before and
		// after.
		List<SessionFact> sessions = new ArrayList<>();
		for (String time : List.of("2026-11-06T22:00", "2026-11-07T02:00", "2026-11-07T06:00", "2026-11-07T09:00",
				"2026-11-07T12:00", "2026-11-07T15:00", "2026-11-07T17:00", "2026-11-07T20:00", "2026-11-07T22:00")) {
			sessions.add(session(time, true, true));
		}
		DayReview day6 = PlanEngine.review(DEFAULTS, DAY_1.plusDays(5), LONDON, sessions, List.of(),
				Instant.parse("2026-11-08T12:00:00Z"));
		assertThat(day6.sessions()).isEqualTo(8);
		assertThat(day6.longestDayGap()).isEqualTo(Duration.ofHours(3));
		assertThat(day6.longestNightGap()).isEqualTo(Duration.ofHours(4));
		assertThat(day6.prolactinSession()).isTrue();
		assertThat(day6.handExpressionSessions()).isEqualTo(8);
		assertThat(day6.tomorrow().key()).isEqualTo("tomorrow.powerPump");
		assertThat(day6.findings()).extracting(Advice::key).contains("review.dayGapFine", "review.nightGapFine");
	}

	// ---- Helpers ----

	private static PlanSettings settings(int target, String nightStart, String nightEnd, boolean fastTrack) {
		return new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false, null, SupplementKind.NONE,
				Goal.FULL_SUPPLY, null, LocalTime.parse(nightStart), LocalTime.parse(nightEnd), target, fastTrack, 1);
	}

	private static Instant at(String localLondon) {
		return ZonedDateTime.of(LocalDateTime.parse(localLondon), LONDON).toInstant();
	}

	private static SessionFact session(String localLondon) {
		return session(localLondon, false, false);
	}

	private static SessionFact session(String local, ZoneId zone) {
		return new SessionFact(ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant(), 20, null, false, false,
				false, false);
	}

	private static SessionFact session(String localLondon, boolean massage, boolean handExpression) {
		return new SessionFact(at(localLondon), 20, null, false, false, handExpression, massage);
	}

	private static SessionFact drops(String localLondon) {
		return new SessionFact(at(localLondon), 20, null, true, false, false, false);
	}

	private static SessionFact powerPump(String localLondon) {
		return new SessionFact(at(localLondon), 60, null, false, true, false, false);
	}

	private static SessionFact withMl(String localLondon, String ml) {
		return new SessionFact(at(localLondon), 20, new BigDecimal(ml), false, false, false, false);
	}

	private static DayVolume volume(String date, String ml) {
		return new DayVolume(LocalDate.parse(date), 10, new BigDecimal(ml));
	}

}
