package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.relacta.account.VolumeUnit;
import app.relacta.plan.BabyCheck;
import app.relacta.plan.PlanSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client list's reading of one client, rule by rule, without a database. The client
 * lives in Sydney (UTC+11 in November), so local days and nights differ from UTC.
 */
class ClientAssessmentTests {

	private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

	/** 14:00 in Sydney on 22 November: daytime. */
	private static final Instant AFTERNOON = LocalDateTime.parse("2026-11-22T14:00").atZone(SYDNEY).toInstant();

	private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

	/** Day 15 of the plan. */
	/** The defaults, with a baby of 3 months: R13 judges diapers by age. */
	private static final PlanSettings SETTINGS = withBirthDate(PlanSettings.defaults(TODAY.minusDays(14)),
			TODAY.minusMonths(3));

	@Test
	void aClientOnTrackHasNoFlags() {
		ClientStatus status = assess(AFTERNOON, steadyDays(100), everyTwoHours(AFTERNOON, 12, true), List.of());
		assertThat(status.flags()).isEmpty();
		assertThat(status.sessions24()).isEqualTo(12);
		assertThat(status.target()).isEqualTo(10);
		assertThat(status.dayNumber()).isEqualTo(15);
		assertThat(status.trend()).isEqualTo(Trend.FLAT);
		assertThat(status.volume24()).isEqualTo("120");
	}

	@Test
	void aGapLongerThanTheNightsFourHoursIsFlaggedInTheDaytimeOnly() {
		List<Start> lastAtNine = List.of(start(at("2026-11-22T09:00"), "10"), start(at("2026-11-22T02:00"), "10"));
		ClientStatus afternoon = assess(AFTERNOON, steadyDays(100), lastAtNine, List.of());
		assertThat(afternoon.flags()).extracting(ClientStatus.Flag::attention).contains(Attention.LONG_GAP);
		assertThat(afternoon.flags().get(0).figure()).isEqualTo(Duration.ofHours(5));

		ClientStatus exactlyFour = assess(at("2026-11-22T13:00"), steadyDays(100), lastAtNine, List.of());
		assertThat(exactlyFour.flags()).extracting(ClientStatus.Flag::attention).doesNotContain(Attention.LONG_GAP);

		List<Start> lastAtTen = List.of(start(at("2026-11-21T21:00"), "10"));
		ClientStatus atNight = assess(at("2026-11-22T03:00"), steadyDays(100), lastAtTen, List.of());
		assertThat(atNight.flags()).extracting(ClientStatus.Flag::attention).doesNotContain(Attention.LONG_GAP);
	}

	@Test
	void threeNightsWithoutAOneToFiveSessionAreFlagged() {
		ClientStatus noNights = assess(AFTERNOON, steadyDays(100), everyTwoHours(AFTERNOON, 36, false), List.of());
		assertThat(noNights.flags()).extracting(ClientStatus.Flag::attention)
			.containsExactly(Attention.NO_PROLACTIN_NIGHTS);

		List<Start> oneNight = new ArrayList<>(everyTwoHours(AFTERNOON, 36, false));
		oneNight.add(start(at("2026-11-20T02:30"), "10"));
		assertThat(assess(AFTERNOON, steadyDays(100), oneNight, List.of()).flags()).isEmpty();
	}

	@Test
	void aNewClientIsNotFlaggedForNightsTheyHaveNotHadYet() {
		PlanSettings dayTwo = PlanSettings.defaults(TODAY.minusDays(1));
		ClientStatus status = ClientAssessment.assess(1, "New", VolumeUnit.ML, dayTwo, SYDNEY, AFTERNOON, Map.of(),
				recent(everyTwoHours(AFTERNOON, 6, false), AFTERNOON), List.of(), 25, false);
		assertThat(status.flags()).isEmpty();
		assertThat(status.trend()).isEqualTo(Trend.NOT_YET);
	}

	@Test
	void aDropOfMoreThanTheSetShareAgainstTheThreeDaysBeforeIsFlagged() {
		Map<LocalDate, BigDecimal> days = steadyDays(200);
		days.put(TODAY.minusDays(1), new BigDecimal("140"));
		ClientStatus down = assess(AFTERNOON, days, everyTwoHours(AFTERNOON, 12, true), List.of());
		assertThat(down.flags()).containsExactly(new ClientStatus.Flag(Attention.VOLUME_DOWN, "30"));

		days.put(TODAY.minusDays(1), new BigDecimal("160"));
		assertThat(assess(AFTERNOON, days, everyTwoHours(AFTERNOON, 12, true), List.of()).flags()).isEmpty();

		Map<LocalDate, BigDecimal> drops = steadyDays(20);
		drops.put(TODAY.minusDays(1), new BigDecimal("2"));
		assertThat(assess(AFTERNOON, drops, everyTwoHours(AFTERNOON, 12, true), List.of()).flags())
			.as("a few mL vary too much to flag")
			.isEmpty();
	}

	@Test
	void theTrendComparesTheLastThreeDaysWithThreeAWeekBack() {
		Map<LocalDate, BigDecimal> rising = new HashMap<>();
		for (int back = 1; back <= 7; back++) {
			rising.put(TODAY.minusDays(back), BigDecimal.valueOf(300 - back * 20L));
		}
		assertThat(ClientAssessment.trend(rising, TODAY, 15)).isEqualTo(Trend.UP);
		Map<LocalDate, BigDecimal> falling = new HashMap<>();
		for (int back = 1; back <= 7; back++) {
			falling.put(TODAY.minusDays(back), BigDecimal.valueOf(100 + back * 20L));
		}
		assertThat(ClientAssessment.trend(falling, TODAY, 15)).isEqualTo(Trend.DOWN);
		assertThat(ClientAssessment.trend(steadyDays(100), TODAY, 15)).isEqualTo(Trend.FLAT);
		assertThat(ClientAssessment.trend(Map.of(), TODAY, 15)).isEqualTo(Trend.FLAT);
		assertThat(ClientAssessment.trend(Map.of(TODAY.minusDays(1), BigDecimal.TEN), TODAY, 15)).isEqualTo(Trend.UP);
	}

	@Test
	void aRedFlagFromTheBabyChecksComesFirst() {
		List<BabyCheck> fewDiapers = List.of(new BabyCheck(TODAY.minusDays(1), 3, null, null));
		ClientStatus status = assess(AFTERNOON, steadyDays(100), everyTwoHours(AFTERNOON, 12, true), fewDiapers);
		assertThat(status.flags()).extracting(ClientStatus.Flag::attention).containsExactly(Attention.RED_FLAG);
	}

	@Test
	void theListPutsTheClientWhoMostNeedsAttentionFirst() {
		ClientStatus fine = status("Fine", Duration.ofHours(1));
		ClientStatus nights = status("Nights", Duration.ofHours(2), Attention.NO_PROLACTIN_NIGHTS);
		ClientStatus gap = status("Gap", Duration.ofHours(6), Attention.LONG_GAP);
		ClientStatus red = status("Red", Duration.ofHours(1), Attention.RED_FLAG);
		ClientStatus gapAndDrop = status("Gap and drop", Duration.ofHours(5), Attention.LONG_GAP,
				Attention.VOLUME_DOWN);
		ClientStatus fineButLonger = status("Fine, longer ago", Duration.ofHours(3));
		List<ClientStatus> sorted = new ArrayList<>(List.of(fine, nights, gap, red, gapAndDrop, fineButLonger));
		sorted.sort(ClientAssessment.MOST_IN_NEED_FIRST);
		assertThat(sorted).extracting(ClientStatus::name)
			.containsExactly("Red", "Gap and drop", "Gap", "Nights", "Fine, longer ago", "Fine");
	}

	private static ClientStatus status(String name, Duration since, Attention... flags) {
		List<ClientStatus.Flag> list = new ArrayList<>();
		for (Attention flag : flags) {
			list.add(new ClientStatus.Flag(flag, ""));
		}
		return new ClientStatus(1, name, since, 10, 10, "100", "ML", java.math.BigDecimal.valueOf(100), Trend.FLAT, 15,
				list, 0);
	}

	private static ClientStatus assess(Instant now, Map<LocalDate, BigDecimal> days, List<Start> starts,
			List<BabyCheck> checks) {
		return ClientAssessment.assess(1, "Client", VolumeUnit.ML, SETTINGS, SYDNEY, now, days, recent(starts, now),
				checks, 25, false);
	}

	/** What the list reads from these sessions, as of {@code now}. */
	private static ClientAssessment.Recent recent(List<Start> starts, Instant now) {
		Instant dayAgo = now.minus(Duration.ofDays(1));
		List<Start> last24 = starts.stream().filter((s) -> s.at().isAfter(dayAgo) && !s.at().isAfter(now)).toList();
		Set<LocalDate> nights = new HashSet<>();
		for (Start start : starts) {
			LocalDateTime local = LocalDateTime.ofInstant(start.at(), SYDNEY);
			if (local.getHour() >= 1 && local.getHour() < 5) {
				nights.add(local.toLocalDate());
			}
		}
		return new ClientAssessment.Recent(last24.size(),
				last24.stream().map(Start::ml).reduce(BigDecimal.ZERO, BigDecimal::add), nights,
				starts.stream().map(Start::at).max(Instant::compareTo).orElse(null));
	}

	private static PlanSettings withBirthDate(PlanSettings s, LocalDate birth) {
		return new PlanSettings(s.path(), s.lastExpressed(), s.startDate(), birth, s.babyLatches(),
				s.supplementMlPerDay(), s.supplementKind(), s.goal(), s.goalMl(), s.nightStart(), s.nightEnd(),
				s.targetSessions(), s.fastTrack(), s.powerPumpsPerDay());
	}

	/** The same total on each of the 8 days before today. */
	private static Map<LocalDate, BigDecimal> steadyDays(int ml) {
		Map<LocalDate, BigDecimal> days = new HashMap<>();
		for (int back = 1; back <= 8; back++) {
			days.put(TODAY.minusDays(back), BigDecimal.valueOf(ml));
		}
		return days;
	}

	/**
	 * Sessions of 10 mL every two hours back from an hour before {@code now}; with
	 * {@code nights} false, none starts between 01:00 and 05:00.
	 */
	private static List<Start> everyTwoHours(Instant now, int count, boolean nights) {
		List<Start> starts = new ArrayList<>();
		Instant at = now.minus(Duration.ofHours(1));
		while (starts.size() < count) {
			int hour = LocalDateTime.ofInstant(at, SYDNEY).getHour();
			if (nights || hour < 1 || hour >= 5) {
				starts.add(start(at, "10"));
			}
			at = at.minus(Duration.ofHours(2));
		}
		return starts;
	}

	private static Start start(Instant at, String ml) {
		return new Start(at, new BigDecimal(ml));
	}

	private static Instant at(String localSydney) {
		return LocalDateTime.parse(localSydney).atZone(SYDNEY).toInstant();
	}

	/** A session as these cases need it: when it started and what it gave. */
	private record Start(Instant at, BigDecimal ml) {

	}

}
