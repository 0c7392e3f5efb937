package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRulesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** 22 November 2026, 03:10 in London (UTC+0 in winter). */
	private static final Instant NOW = Instant.parse("2026-11-22T03:10:00Z");

	@Test
	void aPlainSessionIsStoredAsAnInstantInTheParentsZone() {
		LogSessionForm form = form("2026-11-22T01:30");
		form.setLeftVolume(new BigDecimal("10"));
		form.setRightVolume(new BigDecimal("12.5"));
		form.setNotes("  first letdown  ");
		SessionData data = read(form, LONDON, VolumeUnit.ML).orElseThrow();
		assertThat(data.start()).isEqualTo(Instant.parse("2026-11-22T01:30:00Z"));
		assertThat(data.end()).isEqualTo(Instant.parse("2026-11-22T01:50:00Z"));
		assertThat(data.localDate()).hasToString("2026-11-22");
		assertThat(data.totalMl()).isEqualByComparingTo("22.5");
		assertThat(data.notes()).isEqualTo("first letdown");
	}

	@Test
	void theLocalDayIsTheParentsDayNotUtcs() {
		// 23:30 on 21 November in Honolulu is 09:30 on 22 November in UTC.
		SessionData data = read(form("2026-11-21T16:00"), ZoneId.of("Pacific/Honolulu"), VolumeUnit.ML).orElseThrow();
		assertThat(data.start()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z"));
		assertThat(data.localDate()).hasToString("2026-11-21");
	}

	@Test
	void aTimeSkippedByTheSpringClockChangeMovesForward() {
		// 01:30 on 29 March 2026 does not exist in London: clocks go from 01:00 to 02:00.
		SessionData data = read(form("2026-03-29T01:30"), LONDON, VolumeUnit.ML).orElseThrow();
		assertThat(data.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@ParameterizedTest(name = "start {0} with now at 03:10 -> {1}")
	@CsvSource(nullValues = "-",
			value = { "2026-11-22T03:10, -", "2026-11-22T03:15, -", "2026-11-22T03:16, session.inFuture",
					"2026-11-23T03:10, session.inFuture", "2025-11-22T03:10, -", "2025-11-21T03:10, -",
					"2025-11-20T03:10, session.tooLongAgo", "0001-01-01T00:00, session.tooLongAgo" })
	void aStartMustBeNowOrInTheLastYear(String start, String expectedError) {
		Errors errors = errors(form(start));
		Optional<SessionData> data = SessionRules.read(form(start), LONDON, VolumeUnit.ML, NOW, errors);
		assertThat(data.isEmpty()).isEqualTo(expectedError != null);
		if (expectedError != null) {
			assertThat(errors.getFieldError("startedAt").getCode()).isEqualTo(expectedError);
		}
	}

	@ParameterizedTest(name = "{0} L={1} R={2} total={3} -> error on {4}")
	@CsvSource(nullValues = "-",
			value = { "ML, 500, -, -, -", "ML, 500.01, -, -, leftVolume", "ML, -, 501, -, rightVolume",
					"ML, -, -, 1000, -", "ML, -, -, 1001, totalVolume", "OZ, 16.9, -, -, -", "OZ, 17, -, -, leftVolume",
					"OZ, -, -, 34, totalVolume", "ML, 10, 12.5, 22.5, -", "ML, 10, 12.5, 25, totalVolume",
					"ML, 10, -, 10, -", "OZ, 1, 1, 2, -", "OZ, 1, 1, 2.1, totalVolume" })
	void volumesMustBePlausibleAndAddUp(VolumeUnit unit, String left, String right, String total, String fieldInError) {
		LogSessionForm form = form("2026-11-22T01:30");
		form.setLeftVolume(decimal(left));
		form.setRightVolume(decimal(right));
		form.setTotalVolume(decimal(total));
		Errors errors = errors(form);
		Optional<SessionData> data = SessionRules.read(form, LONDON, unit, NOW, errors);
		if (fieldInError == null) {
			assertThat(errors.getAllErrors()).isEmpty();
			assertThat(data).isPresent();
		}
		else {
			assertThat(errors.getFieldErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getField()).isEqualTo(fieldInError));
			assertThat(data).isEmpty();
		}
	}

	@Test
	void sidesAloneGiveTheTotal() {
		LogSessionForm form = form("2026-11-22T01:30");
		form.setLeftVolume(new BigDecimal("2"));
		SessionData data = read(form, LONDON, VolumeUnit.OZ).orElseThrow();
		assertThat(data.leftMl()).isEqualByComparingTo("59.15");
		assertThat(data.rightMl()).isNull();
		assertThat(data.totalMl()).isEqualByComparingTo("59.15");
	}

	@Test
	void nothingMeasuredIsNoVolumeAtAll() {
		SessionData data = read(form("2026-11-22T01:30"), LONDON, VolumeUnit.ML).orElseThrow();
		assertThat(data.totalMl()).isNull();
		assertThat(data.leftMl()).isNull();
	}

	@Test
	void dropsOnlyGoesWithNoMeasuredVolume() {
		LogSessionForm drops = form("2026-11-22T01:30");
		drops.setDropsOnly(true);
		assertThat(read(drops, LONDON, VolumeUnit.ML)).get().satisfies((data) -> {
			assertThat(data.dropsOnly()).isTrue();
			assertThat(data.totalMl()).isNull();
		});
		drops.setTotalVolume(BigDecimal.ZERO);
		assertThat(read(drops, LONDON, VolumeUnit.ML)).isPresent();
		drops.setTotalVolume(new BigDecimal("5"));
		Errors errors = errors(drops);
		assertThat(SessionRules.read(drops, LONDON, VolumeUnit.ML, NOW, errors)).isEmpty();
		assertThat(errors.getFieldError("dropsOnly").getCode()).isEqualTo("session.dropsWithVolume");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		LogSessionForm form = form("2026-11-23T01:30");
		form.setLeftVolume(new BigDecimal("900"));
		form.setTotalVolume(new BigDecimal("5000"));
		form.setDropsOnly(true);
		Errors errors = errors(form);
		assertThat(SessionRules.read(form, LONDON, VolumeUnit.ML, NOW, errors)).isEmpty();
		assertThat(errors.getFieldErrors()).extracting("field")
			.containsExactlyInAnyOrder("startedAt", "leftVolume", "totalVolume", "dropsOnly");
	}

	@Test
	void aFormWithoutAStartIsNotReadButItsOtherProblemsAreReported() {
		LogSessionForm form = form("2026-11-22T01:30");
		form.setStartedAt(null);
		form.setRightVolume(new BigDecimal("600"));
		Errors errors = errors(form);
		assertThat(SessionRules.read(form, LONDON, VolumeUnit.ML, NOW, errors)).isEmpty();
		assertThat(errors.getFieldErrors()).extracting("field").containsExactly("rightVolume");
	}

	private static Optional<SessionData> read(LogSessionForm form, ZoneId zone, VolumeUnit unit) {
		Errors errors = errors(form);
		// "now" far enough ahead that every start in these tests is in the past.
		Optional<SessionData> data = SessionRules.read(form, zone, unit, NOW.plusSeconds(86_400), errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return data;
	}

	private static LogSessionForm form(String start) {
		return LogSessionForm.startingAt(LocalDateTime.parse(start));
	}

	private static Errors errors(LogSessionForm form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
