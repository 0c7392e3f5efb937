package app.relacta.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

import static app.relacta.plan.PlanFixtures.*;

/**
 * The review of a day (R1, R3-R7, E6) and the one tip for tomorrow, from tables and the
 * diary.
 */
class ReviewRulesTests {

	@Test
	void theGapsOfA23HourAndA25HourDayAreMeasuredInRealTime() {
		// Spring forward (29 March 2026): 00:30 to 03:30 local is only two hours.
		DayReview spring = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-03-29"), LONDON,
				List.of(session("2026-03-29T00:30", LONDON), session("2026-03-29T03:30", LONDON)), List.of(),
				Instant.parse("2026-03-30T00:00:00Z"));
		assertThat(spring.longestNightGap()).isEqualTo(Duration.ofHours(2));
		// Fall back (25 October 2026): 00:30 to 03:30 local is four hours.
		DayReview fall = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-10-25"), LONDON,
				List.of(session("2026-10-25T00:30", LONDON), session("2026-10-25T03:30", LONDON)), List.of(),
				Instant.parse("2026-10-26T00:00:00Z"));
		assertThat(fall.longestNightGap()).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void anEmptyDayIsReviewedWithoutBlameAndSuggestsMoreSessions() {
		DayReview review = ReviewRules.review(DEFAULTS, DAY_1, LONDON, List.of(), List.of(),
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
		DayReview day1 = ReviewRules.review(DEFAULTS, DAY_1, LONDON, diary, List.of(),
				Instant.parse("2026-11-03T12:00:00Z"));
		assertThat(day1.sessions()).isEqualTo(8);
		assertThat(day1.longestDayGap()).isEqualTo(Duration.ofMinutes(90));
		assertThat(day1.prolactinSession()).isFalse();
		assertThat(day1.nightWindowSession()).isTrue();
		assertThat(day1.totalMl()).isNull();
		assertThat(day1.tomorrow().key()).isEqualTo("tomorrow.prolactin");

		DayReview day2 = ReviewRules.review(DEFAULTS, DAY_1.plusDays(1), LONDON, diaryDay2(diary), List.of(),
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
		DayReview review = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
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
		DayReview review = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				Instant.parse("2026-11-06T00:00:00Z"));
		assertThat(review.tomorrow().key()).isEqualTo(expected);
	}

	@Test
	void todaysReviewCountsTheGapStillOpen() {
		List<SessionFact> sessions = List.of(session("2026-11-05T06:00"), session("2026-11-05T08:00"));
		DayReview review = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
				Instant.parse("2026-11-05T12:30:00Z"));
		assertThat(review.longestDayGap()).isEqualTo(Duration.ofMinutes(270));
	}

	@Test
	void theDaysMilkIsSetAgainstTheDaysBefore() {
		List<DayVolume> before = List.of(volume("2026-11-04", "40"), volume("2026-11-03", "20"),
				volume("2026-11-02", "0"), volume("2026-10-20", "500"));
		DayReview review = ReviewRules.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON,
				List.of(withMl("2026-11-05T10:00", "30"), withMl("2026-11-05T12:00", "15")), before,
				Instant.parse("2026-11-06T00:00:00Z"));
		assertThat(review.totalMl()).isEqualByComparingTo("45");
		assertThat(review.previousAverageMl()).isEqualByComparingTo("20");
		assertThat(review.findings()).extracting(Advice::key).contains("review.volumeAgainstBefore");
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
		DayReview day6 = ReviewRules.review(DEFAULTS, DAY_1.plusDays(5), LONDON, sessions, List.of(),
				Instant.parse("2026-11-08T12:00:00Z"));
		assertThat(day6.sessions()).isEqualTo(8);
		assertThat(day6.longestDayGap()).isEqualTo(Duration.ofHours(3));
		assertThat(day6.longestNightGap()).isEqualTo(Duration.ofHours(4));
		assertThat(day6.prolactinSession()).isTrue();
		assertThat(day6.handExpressionSessions()).isEqualTo(8);
		assertThat(day6.tomorrow().key()).isEqualTo("tomorrow.powerPump");
		assertThat(day6.findings()).extracting(Advice::key).contains("review.dayGapFine", "review.nightGapFine");
	}

	@Test
	void theSameSessionsAreReviewedInTheZoneThParentNowLivesIn() {
		List<SessionFact> sessions = List.of(session("2026-11-05T23:30", LONDON));
		assertThat(ReviewRules
			.review(DEFAULTS, LocalDate.parse("2026-11-05"), LONDON, sessions, List.of(),
					Instant.parse("2026-11-07T00:00:00Z"))
			.sessions()).isEqualTo(1);
		assertThat(ReviewRules
			.review(DEFAULTS, LocalDate.parse("2026-11-06"), ZoneId.of("Europe/Berlin"), sessions, List.of(),
					Instant.parse("2026-11-07T00:00:00Z"))
			.sessions()).isEqualTo(1);
	}

}
