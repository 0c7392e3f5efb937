package app.relacta.plan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

import static app.relacta.plan.PlanFixtures.*;

/**
 * The schedule (R1, R3, R4, R5, R6, R10, M3), the next session and the last 24 hours,
 * from tables.
 */
class ScheduleRulesTests {

	@Test
	void theDefaultPlanIsTenSessionsTwoHoursApartByDayAndOneAtTwoInTheMorning() {
		assertThat(ScheduleRules.slotTimes(DEFAULTS)).extracting(LocalTime::toString)
			.containsExactly("02:00", "06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00");
	}

	static Stream<Arguments> schedules() {
		return Stream.of(Arguments.of(8, "22:00", "06:00", false, 8), Arguments.of(10, "22:00", "06:00", false, 10),
				Arguments.of(12, "22:00", "06:00", false, 12), Arguments.of(8, "22:00", "06:00", true, 10),
				Arguments.of(10, "23:00", "07:00", false, 10), Arguments.of(10, "20:00", "04:00", false, 10),
				Arguments.of(10, "21:00", "07:00", false, 10), Arguments.of(9, "00:00", "05:00", false, 9),
				Arguments.of(10, "19:00", "07:00", false, 10), Arguments.of(4, "22:00", "06:00", false, 6),
				Arguments.of(6, "22:00", "06:00", false, 6), Arguments.of(7, "22:00", "06:00", false, 7),
				Arguments.of(6, "22:00", "06:00", true, 6), Arguments.of(20, "22:00", "06:00", false, 12));
	}

	@ParameterizedTest(name = "target {0}, night {1}-{2}, fast track {3}: {4} sessions within the gaps")
	@MethodSource("schedules")
	void everyScheduleKeepsTheGapsAndHasANightSession(int target, String nightStart, String nightEnd, boolean fastTrack,
			int expectedSessions) {
		PlanSettings settings = settings(target, nightStart, nightEnd, fastTrack);
		List<LocalTime> slots = ScheduleRules.slotTimes(settings);
		assertThat(slots).hasSize(expectedSessions).doesNotHaveDuplicates().isSorted();
		// R15: the maintenance rhythm (6 or 7 a day) is about every 4 hours, fast track
		// or
		// not.
		Duration dayLimit = settings.maintenance() ? Duration.ofHours(4)
				: fastTrack ? Duration.ofHours(2) : Duration.ofHours(3);
		for (int i = 0; i < slots.size(); i++) {
			LocalTime from = slots.get(i);
			LocalTime to = slots.get((i + 1) % slots.size());
			Duration gap = Duration.between(from, to);
			if (gap.isNegative() || gap.isZero()) {
				gap = gap.plusDays(1);
			}
			boolean night = settings.isNight(from.plus(gap.dividedBy(2)));
			assertThat(gap).as("gap from %s to %s", from, to)
				.isLessThanOrEqualTo(night ? ScheduleRules.NIGHT_GAP : dayLimit);
		}
		assertThat(slots).as("R5: a session in the night window").anyMatch(settings::isNight);
		assertThat(slots).as("R5: one between 01:00 and 05:00").anyMatch(ScheduleRules::inProlactinHours);
	}

	@ParameterizedTest(name = "last at {0}, now {1}: due {2}, overdue {3} min")
	@CsvSource(nullValues = "-",
			value = { "2026-11-05T10:00, 2026-11-05T11:00, 2026-11-05T12:00, 0",
					"2026-11-05T10:00, 2026-11-05T12:40, 2026-11-05T12:00, 40",
					"2026-11-05T21:00, 2026-11-05T21:30, 2026-11-06T01:00, 0",
					"2026-11-06T02:00, 2026-11-06T03:00, 2026-11-06T06:00, 0", "-, 2026-11-06T03:00, -, 0" })
	void theNextSessionIsDueAtThePlansSpacingAfterTheLastOne(String last, String now, String due, long overdue) {
		List<SessionFact> sessions = (last != null) ? List.of(session(last)) : List.of();
		NextSession next = ScheduleRules.nextSession(DEFAULTS, LONDON, sessions, at(now));
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
		RollingDay last = ScheduleRules.last24Hours(LONDON, sessions, at("2026-11-06T07:00"));
		assertThat(last.sessions()).isEqualTo(4);
		assertThat(last.totalMl()).isEqualByComparingTo("90");
		assertThat(last.longestGap()).isEqualTo(Duration.ofHours(24));
		assertThat(last.prolactinSession()).isTrue();
		RollingDay later = ScheduleRules.last24Hours(LONDON, sessions.subList(0, 4), at("2026-11-06T09:00"));
		assertThat(later.longestGap()).isEqualTo(Duration.ofMinutes(210));
	}

	@ParameterizedTest(name = "R6: {0} power pumps a day: planned at {1}")
	@CsvSource({ "0, ''", "1, 20:00", "2, 14:00 20:00", "3, 08:00 14:00 20:00" })
	void r6PowerPumpingUpToThreeTimesADay(int powerPumps, String expected) {
		PlanSettings settings = new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false, null,
				SupplementKind.NONE, Goal.FULL_SUPPLY, null, LocalTime.of(22, 0), LocalTime.of(6, 0), 10, false,
				powerPumps);
		assertThat(ScheduleRules.powerPumpSlots(settings, ScheduleRules.slotTimes(settings)))
			.extracting(LocalTime::toString)
			.containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
	}

	@ParameterizedTest(name = "night {0}-{1}: {2} is night")
	@CsvSource({ "22:00, 06:00, 23:59, true", "22:00, 06:00, 00:00, true", "22:00, 06:00, 05:59, true",
			"22:00, 06:00, 06:00, false", "22:00, 06:00, 21:59, false", "01:00, 05:00, 03:00, true",
			"01:00, 05:00, 05:00, false" })
	void theNightWindowMayCrossMidnight(String start, String end, String time, boolean night) {
		assertThat(settings(10, start, end, false).isNight(LocalTime.parse(time))).isEqualTo(night);
	}

}
