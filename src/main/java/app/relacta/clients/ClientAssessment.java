package app.relacta.clients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.relacta.account.VolumeUnit;
import app.relacta.plan.BabyCheck;
import app.relacta.plan.PlanEngine;
import app.relacta.plan.PlanSettings;
import app.relacta.plan.ScheduleRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads one client's recent figures the way a consultant scans a list: how the last 24
 * hours went, where the milk is heading, and whether anything asks for attention. Plain
 * Java, so every rule is tested without a database.
 */
final class ClientAssessment {

	/** Days of totals the assessment reads: 7 for the trend, plus today. */
	static final int DAYS_READ = 8;

	/** Nights without a session between 01:00 and 05:00 before it is flagged. */
	static final int NIGHTS = 3;

	/** Within this share either way, the trend is flat (as the E4 plateau). */
	private static final BigDecimal FLAT_BAND = new BigDecimal("0.10");

	/** Below this average a drop is not flagged: drops and a few mL vary a lot. */
	private static final BigDecimal NOTICEABLE_ML = new BigDecimal("30");

	/** Most serious first; among equals, the longest since a session first. */
	static final Comparator<ClientStatus> MOST_IN_NEED_FIRST = Comparator.comparingInt(ClientStatus::score)
		.reversed()
		.thenComparing(ClientStatus::sinceLastSession,
				Comparator.nullsFirst(Comparator.<Duration>naturalOrder()).reversed())
		.thenComparing(ClientStatus::name, String.CASE_INSENSITIVE_ORDER);

	private ClientAssessment() {
	}

	/**
	 * @param dailyMl the client's total per local day (days without sessions missing)
	 * @param recent what the client logged lately
	 * @param dropPercent the share of the previous 3-day average that, lost, flags a drop
	 * @param soreBreast a sore breast noted in the last two days (F3)
	 */
	static ClientStatus assess(long id, String name, VolumeUnit unit, PlanSettings settings, ZoneId zone, Instant now,
			Map<LocalDate, BigDecimal> dailyMl, Recent recent, List<BabyCheck> checks, int dropPercent,
			boolean soreBreast) {
		LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
		LocalDate today = localNow.toLocalDate();
		int dayNumber = ScheduleRules.dayNumber(settings, today);
		int target = ScheduleRules.forDay(settings, today).targetSessions();
		Instant lastStart = recent.lastStart();
		Duration since = (lastStart != null) ? max(Duration.between(lastStart, now), Duration.ZERO) : null;

		List<ClientStatus.Flag> flags = new ArrayList<>();
		if (!PlanEngine.redFlags(settings, today, checks).isEmpty()) {
			flags.add(new ClientStatus.Flag(Attention.RED_FLAG, ""));
		}
		if (soreBreast) {
			flags.add(new ClientStatus.Flag(Attention.SORE_BREAST, ""));
		}
		if (since != null && since.compareTo(ScheduleRules.NIGHT_GAP) > 0
				&& !settings.isNight(localNow.toLocalTime())) {
			flags.add(new ClientStatus.Flag(Attention.LONG_GAP, since.truncatedTo(ChronoUnit.MINUTES)));
		}
		BigDecimal yesterday = ml(dailyMl, today.minusDays(1));
		BigDecimal before = average(dailyMl, today.minusDays(4), today.minusDays(2));
		BigDecimal floor = before.multiply(BigDecimal.valueOf(100 - dropPercent)).divide(BigDecimal.valueOf(100));
		if (before.compareTo(NOTICEABLE_ML) >= 0 && yesterday.compareTo(floor) < 0) {
			BigDecimal lost = before.subtract(yesterday)
				.multiply(BigDecimal.valueOf(100))
				.divide(before, 0, RoundingMode.HALF_UP);
			flags.add(new ClientStatus.Flag(Attention.VOLUME_DOWN, lost.toPlainString()));
		}
		if (lastStart != null && dayNumber > NIGHTS && noProlactinSession(recent.prolactinNights(), localNow)) {
			flags.add(new ClientStatus.Flag(Attention.NO_PROLACTIN_NIGHTS, String.valueOf(NIGHTS)));
		}
		if (lastStart == null) {
			flags.add(new ClientStatus.Flag(Attention.NOTHING_LOGGED, ""));
		}
		return new ClientStatus(id, name, since, recent.sessions24(), target, unit.format(recent.ml24()), unit.name(),
				recent.ml24(), trend(dailyMl, today, dayNumber), dayNumber, List.copyOf(flags), 0);
	}

	/**
	 * Whether none of the last {@value #NIGHTS} nights that are over (their 05:00 has
	 * passed) had a session starting between 01:00 and 05:00.
	 * @param prolactinNights the local days with such a session
	 */
	static boolean noProlactinSession(Set<LocalDate> prolactinNights, LocalDateTime localNow) {
		LocalDate lastNight = localNow.toLocalTime().isBefore(ScheduleRules.PROLACTIN_TO)
				? localNow.toLocalDate().minusDays(1) : localNow.toLocalDate();
		for (int i = 0; i < NIGHTS; i++) {
			if (prolactinNights.contains(lastNight.minusDays(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The last 3 complete days against the 3 days a week back, within 10% flat.
	 */
	static Trend trend(Map<LocalDate, BigDecimal> dailyMl, LocalDate today, int dayNumber) {
		if (dayNumber < DAYS_READ - 1) {
			return Trend.NOT_YET;
		}
		BigDecimal recent = average(dailyMl, today.minusDays(3), today.minusDays(1));
		BigDecimal earlier = average(dailyMl, today.minusDays(7), today.minusDays(5));
		if (earlier.signum() == 0) {
			return (recent.signum() > 0) ? Trend.UP : Trend.FLAT;
		}
		BigDecimal ratio = recent.divide(earlier, 4, RoundingMode.HALF_UP);
		if (ratio.compareTo(BigDecimal.ONE.add(FLAT_BAND)) > 0) {
			return Trend.UP;
		}
		if (ratio.compareTo(BigDecimal.ONE.subtract(FLAT_BAND)) < 0) {
			return Trend.DOWN;
		}
		return Trend.FLAT;
	}

	private static BigDecimal average(Map<LocalDate, BigDecimal> dailyMl, LocalDate from, LocalDate to) {
		BigDecimal sum = BigDecimal.ZERO;
		int days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			sum = sum.add(ml(dailyMl, day));
			days++;
		}
		return sum.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal ml(Map<LocalDate, BigDecimal> dailyMl, LocalDate day) {
		return dailyMl.getOrDefault(day, BigDecimal.ZERO);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/**
	 * What a client logged lately, as the list reads it.
	 *
	 * @param sessions24 sessions started in the last 24 hours
	 * @param ml24 the milk measured in them
	 * @param prolactinNights the recent local days with a session between 01:00 and 05:00
	 * @param lastStart when the latest session started, or null if none
	 */
	record Recent(int sessions24, BigDecimal ml24, Set<LocalDate> prolactinNights, @Nullable Instant lastStart) {

	}

}
