package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SessionRulesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** 22 November 2026, 03:10 in London (UTC+0 in winter). */
	private static final Instant NOW = Instant.parse("2026-11-22T03:10:00Z");

	@Test
	void aPlainSessionIsStoredAsAnInstantInTheParentsZone() {
		SessionEntry entry = new SessionEntry(LocalDateTime.parse("2026-11-22T01:30"), 20, SessionMethod.DOUBLE_PUMP,
				new BigDecimal("10"), new BigDecimal("12.5"), null, false, false, false, false, "  first letdown  ",
				null);
		SessionData data = read(entry, LONDON, VolumeUnit.ML);
		assertThat(data.start()).isEqualTo(Instant.parse("2026-11-22T01:30:00Z"));
		assertThat(data.end()).isEqualTo(Instant.parse("2026-11-22T01:50:00Z"));
		assertThat(data.localDate()).hasToString("2026-11-22");
		assertThat(data.totalMl()).isEqualByComparingTo("22.5");
		assertThat(data.notes()).isEqualTo("first letdown");
	}

	@Test
	void theLocalDayIsTheParentsDayNotUtcs() {
		// 23:30 on 21 November in Honolulu is 09:30 on 22 November in UTC.
		SessionData data = read(entry("2026-11-21T16:00"), ZoneId.of("Pacific/Honolulu"), VolumeUnit.ML);
		assertThat(data.start()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z"));
		assertThat(data.localDate()).hasToString("2026-11-21");
	}

	@Test
	void aTimeSkippedByTheSpringClockChangeMovesForward() {
		// 01:30 on 29 March 2026 does not exist in London: clocks go from 01:00 to 02:00.
		SessionData data = read(entry("2026-03-29T01:30"), LONDON, VolumeUnit.ML);
		assertThat(data.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@ParameterizedTest(name = "start {0} with now at 03:10 -> {1}")
	@CsvSource(nullValues = "-",
			value = { "2026-11-22T03:10, -", "2026-11-22T03:15, -", "2026-11-22T03:16, session.inFuture",
					"2026-11-23T03:10, session.inFuture", "2025-11-22T03:10, -", "2025-11-21T03:10, -",
					"2025-11-20T03:10, session.tooLongAgo", "0001-01-01T00:00, session.tooLongAgo" })
	void aStartMustBeNowOrInTheLastYear(String start, String expectedError) {
		List<Rejection> rejections = SessionRules.check(entry(start), LONDON, VolumeUnit.ML, NOW);
		if (expectedError == null) {
			assertThat(rejections).isEmpty();
		}
		else {
			assertThat(rejections).singleElement().satisfies((rejection) -> {
				assertThat(rejection.field()).isEqualTo("startedAt");
				assertThat(rejection.code()).isEqualTo(expectedError);
			});
		}
	}

	@ParameterizedTest(name = "{0} L={1} R={2} total={3} -> error on {4}")
	@CsvSource(nullValues = "-",
			value = { "ML, 500, -, -, -", "ML, 500.01, -, -, leftVolume", "ML, -, 501, -, rightVolume",
					"ML, -, -, 1000, -", "ML, -, -, 1001, totalVolume", "OZ, 16.9, -, -, -", "OZ, 17, -, -, leftVolume",
					"OZ, -, -, 34, totalVolume", "ML, 10, 12.5, 22.5, -", "ML, 10, 12.5, 25, totalVolume",
					"ML, 10, -, 10, -", "OZ, 1, 1, 2, -", "OZ, 1, 1, 2.1, totalVolume", "ML, -1, -, -, leftVolume" })
	void volumesMustBePlausibleAndAddUp(VolumeUnit unit, String left, String right, String total, String fieldInError) {
		SessionEntry entry = volumes(decimal(left), decimal(right), decimal(total), false);
		List<Rejection> rejections = SessionRules.check(entry, LONDON, unit, NOW);
		if (fieldInError == null) {
			assertThat(rejections).isEmpty();
		}
		else {
			assertThat(rejections).singleElement()
				.satisfies((rejection) -> assertThat(rejection.field()).isEqualTo(fieldInError));
		}
	}

	@Test
	void aTotalThatCannotMatchUnreadableSidesSaysNothing() {
		Rejection mismatch = SessionRules
			.check(volumes(null, new BigDecimal("10"), new BigDecimal("25"), false), LONDON, VolumeUnit.ML, NOW)
			.get(0);
		assertThat(mismatch.code()).isEqualTo("session.totalMismatch");
		// A left side typed as text is null here: the form shows its own error, and this
		// one is left unsaid.
		assertThat(mismatch.unlessRejected()).contains("leftVolume", "rightVolume", "totalVolume");
	}

	@Test
	void sidesAloneGiveTheTotal() {
		SessionData data = read(volumes(new BigDecimal("2"), null, null, false), LONDON, VolumeUnit.OZ);
		assertThat(data.leftMl()).isEqualByComparingTo("59.15");
		assertThat(data.rightMl()).isNull();
		assertThat(data.totalMl()).isEqualByComparingTo("59.15");
	}

	@Test
	void nothingMeasuredIsNoVolumeAtAll() {
		SessionData data = read(entry("2026-11-22T01:30"), LONDON, VolumeUnit.ML);
		assertThat(data.totalMl()).isNull();
		assertThat(data.leftMl()).isNull();
	}

	@Test
	void dropsOnlyGoesWithNoMeasuredVolume() {
		assertThat(read(volumes(null, null, null, true), LONDON, VolumeUnit.ML)).satisfies((data) -> {
			assertThat(data.dropsOnly()).isTrue();
			assertThat(data.totalMl()).isNull();
		});
		assertThat(SessionRules.check(volumes(null, null, BigDecimal.ZERO, true), LONDON, VolumeUnit.ML, NOW))
			.isEmpty();
		assertThat(SessionRules.check(volumes(null, null, new BigDecimal("5"), true), LONDON, VolumeUnit.ML, NOW))
			.singleElement()
			.satisfies((rejection) -> assertThat(rejection.code()).isEqualTo("session.dropsWithVolume"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		SessionEntry entry = new SessionEntry(LocalDateTime.parse("2026-11-23T01:30"), 20, SessionMethod.DOUBLE_PUMP,
				new BigDecimal("900"), null, new BigDecimal("5000"), true, false, false, false, null, null);
		assertThat(SessionRules.check(entry, LONDON, VolumeUnit.ML, NOW)).extracting(Rejection::field)
			.containsExactlyInAnyOrder("startedAt", "leftVolume", "totalVolume", "dropsOnly");
	}

	@Test
	void anEntryWithoutItsNeededValuesIsRefusedBesideEach() {
		SessionEntry entry = new SessionEntry(null, null, null, null, new BigDecimal("600"), null, false, false, false,
				false, "x".repeat(SessionEntry.MAX_NOTES_LENGTH + 1), null);
		assertThat(SessionRules.check(entry, LONDON, VolumeUnit.ML, NOW)).extracting(Rejection::field, Rejection::code)
			.containsExactlyInAnyOrder(tuple("startedAt", "NotNull"), tuple("durationMinutes", "NotNull"),
					tuple("method", "NotNull"), tuple("rightVolume", "session.volumeTooLarge"), tuple("notes", "Size"));
	}

	@ParameterizedTest(name = "{0} minutes -> {1}")
	@CsvSource(nullValues = "-", value = { "0, Min", "1, -", "180, -", "181, Max" })
	void aSessionLastsFromOneMinuteToThreeHours(int minutes, String code) {
		SessionEntry entry = new SessionEntry(LocalDateTime.parse("2026-11-22T00:00"), minutes,
				SessionMethod.DOUBLE_PUMP, null, null, null, false, false, false, false, null, null);
		assertThat(SessionRules.check(entry, LONDON, VolumeUnit.ML, NOW)).extracting(Rejection::code)
			.containsExactlyElementsOf((code != null) ? List.of(code) : List.of());
	}

	private static SessionData read(SessionEntry entry, ZoneId zone, VolumeUnit unit) {
		// "now" far enough ahead that every start in these tests is in the past.
		assertThat(SessionRules.check(entry, zone, unit, NOW.plusSeconds(86_400))).isEmpty();
		return SessionRules.read(entry, zone, unit);
	}

	private static SessionEntry entry(String start) {
		return SessionEntry.startingAt(LocalDateTime.parse(start));
	}

	private static SessionEntry volumes(BigDecimal left, BigDecimal right, BigDecimal total, boolean dropsOnly) {
		return new SessionEntry(LocalDateTime.parse("2026-11-22T01:30"), 20, SessionMethod.DOUBLE_PUMP, left, right,
				total, dropsOnly, false, false, false, null, null);
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
