package app.relacta.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One voice (GUIDANCE "When rules meet"), over generated parents: babies of every age
 * with and without a birth date, weights that rise and fall, diapers, supplement
 * histories, sessions by day and night, goals reached or not, a plateau, the maintenance
 * rhythm, both paths, a sore breast, pain while pumping. For every state no two lines
 * shown together contradict (the pairs of {@link OneVoice#TABLE}, and the rules written
 * out again here without the table), every red flag comes first, and every line names its
 * rule and has words in both languages. The same states without the table do contradict,
 * row by row: the generator reaches every conflict the table resolves.
 */
class OneVoicePropertyTests {

	private static final int STATES = 10_000;

	private static final long SEED = Long.getLong("relacta.seed", 20261207L);

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

	private static Properties english;

	private static Properties spanish;

	@BeforeAll
	static void messages() throws IOException {
		english = load("/messages.properties");
		spanish = load("/messages_es.properties");
	}

	@Test
	void tenThousandGeneratedParentsHearOneVoiceWithRedFlagsFirst() {
		Random random = new Random(SEED);
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < STATES; i++) {
			State state = State.random(random);
			DayAdvice day = state.day(true);
			List<Advice> shown = day.shown();
			assertThat(OneVoice.contradictions(shown)).as("state %d: %s", i, state).isEmpty();
			assertThat(independentContradictions(state.settings(), day)).as("state %d: %s", i, state).isEmpty();
			assertThat(redFlagsFirst(shown)).as("state %d: red flags first in %s", i, keys(shown)).isTrue();
			for (Advice line : shown) {
				assertThat(line.rule()).isNotNull();
				assertThat(english.getProperty(line.key())).as("English words for %s", line.key()).isNotBlank();
				assertThat(spanish.getProperty(line.key())).as("Spanish words for %s", line.key()).isNotBlank();
				seen.merge(line.key(), 1, Integer::sum);
			}
		}
		// The states are varied enough to reach the lines that meet.
		assertThat(seen).containsKeys("flag.diapers", "flag.diapersNoBirthDate", "flag.breast", "flag.breastFever",
				"flag.weightLoss", "expect.maintenance", "expect.maintenanceChosen", "tomorrow.maintenanceOffer",
				"tomorrow.moreSessions", "supplement.reduce", "plan.item.fedNewAmount", "plan.item.fed",
				"help.pumpingPain", "expect.longerStop", "expect.plateau");
	}

	@Test
	void withoutTheTableTheSameStatesContradictOnEveryRow() {
		Random random = new Random(SEED);
		Map<String, Integer> found = new HashMap<>();
		for (int i = 0; i < STATES; i++) {
			State state = State.random(random);
			for (String contradiction : OneVoice.contradictions(state.day(false).shown())) {
				found.merge(contradiction.substring(0, contradiction.indexOf(':')), 1, Integer::sum);
			}
		}
		// Two rows are kept by the rules themselves as well (the taper holds for the
		// baby's red flags, R11; the review in the maintenance rhythm asks for nothing
		// more, R15): the table is their second line, and the planted test covers them.
		Set<String> keptByTheRules = Set.of("the baby's red flag over a cut",
				"maintenance chosen over asking for more");
		assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(OneVoice.TABLE.stream()
			.map(OneVoice.Conflict::name)
			.filter((name) -> !keptByTheRules.contains(name))
			.toList());
	}

	@Test
	void aPlantedContradictionIsFoundForEveryPairOfTheTable() {
		List<Advice> whens = List.of(Advice.of(Rule.F1, "flag.diapers", 3, 6), Advice.of(Rule.F3, "flag.breast"),
				Advice.of(Rule.R15, "expect.maintenance"), Advice.of(Rule.R15, "expect.maintenanceChosen", 6),
				Advice.of(Rule.R12, "supplement.reduce"));
		for (OneVoice.Conflict conflict : OneVoice.TABLE) {
			Advice when = whens.stream().filter(conflict.when()).findFirst().orElseThrow();
			for (String silenced : conflict.silenced()) {
				List<Advice> planted = List.of(when, Advice.of(Rule.E6, silenced));
				assertThat(OneVoice.contradictions(planted)).as("%s + %s", when.key(), silenced).isNotEmpty();
			}
		}
		// The checks written out without the table catch their own plants too.
		assertThat(
				redFlagsFirst(List.of(Advice.of(Rule.E6, "expect.anyAmount"), Advice.of(Rule.F2, "flag.birthWeight"))))
			.isFalse();
	}

	/**
	 * The rules of GUIDANCE "When rules meet", written out again without the table: what
	 * a parent must never read side by side.
	 */
	static List<String> independentContradictions(PlanSettings settings, DayAdvice day) {
		List<Advice> shown = day.shown();
		Set<String> keys = shown.stream().map(Advice::key).collect(Collectors.toSet());
		List<String> found = new ArrayList<>();
		boolean maintenance = keys.contains("expect.maintenance") || keys.contains("expect.maintenanceChosen")
				|| keys.contains("tomorrow.maintenanceOffer");
		if (maintenance && keys.contains("tomorrow.moreSessions")) {
			found.add("R15 beside a request for more sessions");
		}
		if (settings.maintenance()
				&& shown.stream()
					.anyMatch((a) -> Set
						.of("tomorrow.moreSessions", "tomorrow.powerPump", "tomorrow.hands", "tomorrow.prolactin")
						.contains(a.key()))) {
			found.add("the maintenance rhythm chosen, and something asks for more");
		}
		if (maintenance && (keys.contains("expect.weeks") || keys.contains("expect.longerStop"))) {
			found.add("goal reached beside how long building takes");
		}
		SupplementTaper.SupplementAdvice supplement = day.plan().supplement();
		boolean cut = supplement != null && supplement.direction() == SupplementTaper.Direction.REDUCE;
		if (cut && keys.contains("plan.item.fed")) {
			found.add("a cut on the card beside an unchanged amount in the checklist");
		}
		boolean babyFlag = shown.stream().anyMatch((a) -> a.rule() == Rule.F1 || a.rule() == Rule.F2);
		if (babyFlag && (keys.contains("supplement.reduce") || keys.contains("supplement.reduceLater"))) {
			found.add("a cut while the baby shows a red flag");
		}
		if (shown.stream().anyMatch(OneVoice::urgent) && keys.contains("expect.maintenance")) {
			found.add("an offer to pump less beside a red flag");
		}
		return found;
	}

	static boolean redFlagsFirst(List<Advice> shown) {
		boolean other = false;
		for (Advice line : shown) {
			if (OneVoice.urgent(line) && other) {
				return false;
			}
			other |= !OneVoice.urgent(line);
		}
		return true;
	}

	private static List<String> keys(List<Advice> shown) {
		return shown.stream().map(Advice::key).toList();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OneVoicePropertyTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** A generated parent, as the engine reads them. */
	record State(PlanSettings settings, Instant now, List<SessionFact> sessions, List<BabyCheck> checks,
			List<DayVolume> recentDays, List<BreastNote> breastNotes, MomentCounts moments) {

		DayAdvice day(boolean oneVoice) {
			boolean yesterday = !TODAY.minusDays(1).isBefore(this.settings.startDate());
			return oneVoice
					? PlanEngine.day(this.settings, TODAY, ZONE, this.sessions, this.checks, this.checks,
							this.recentDays, this.moments, this.breastNotes, yesterday, this.now)
					: PlanEngine.everything(this.settings, TODAY, ZONE, this.sessions, this.checks, this.checks,
							this.recentDays, this.moments, this.breastNotes, yesterday, this.now);
		}

		static State random(Random random) {
			LocalDate start = TODAY.minusDays(random.nextInt(70) - 3);
			LactationPath path = random.nextInt(4) == 0 ? LactationPath.INDUCED : LactationPath.RELACTATION;
			LocalDate lastExpressed = (path == LactationPath.RELACTATION && random.nextBoolean())
					? start.minusDays(1 + random.nextInt(80)) : null;
			LocalDate birth = (random.nextInt(4) == 0) ? null : TODAY.minusDays(1 + random.nextInt(330));
			boolean latches = random.nextBoolean();
			BigDecimal supplement = random.nextBoolean() ? BigDecimal.valueOf(30 + 30L * random.nextInt(20)) : null;
			SupplementKind kind = (supplement == null) ? SupplementKind.NONE
					: SupplementKind.values()[1 + random.nextInt(3)];
			Goal goal = Goal.values()[random.nextInt(Goal.values().length)];
			BigDecimal goalMl = (goal == Goal.DAILY_VOLUME) ? BigDecimal.valueOf(100 + 50L * random.nextInt(15)) : null;
			int target = random.nextInt(5) == 0 ? 6 + random.nextInt(2) : 8 + random.nextInt(5);
			PlanSettings settings = new PlanSettings(path, lastExpressed, start, birth, latches, supplement, kind, goal,
					goalMl, LocalTime.of(20 + random.nextInt(4), 0), LocalTime.of(5 + random.nextInt(3), 0), target,
					random.nextInt(6) == 0, random.nextInt(4));
			Instant now = TODAY.atStartOfDay(ZONE).plusMinutes(random.nextInt(24 * 60)).toInstant();
			return new State(settings, now, sessions(random, now), checks(random, supplement), days(random, goalMl),
					notes(random, now), new MomentCounts(random.nextInt(3), random.nextInt(3)));
		}

		private static List<SessionFact> sessions(Random random, Instant now) {
			List<SessionFact> sessions = new ArrayList<>();
			Instant from = TODAY.minusDays(2).atStartOfDay(ZONE).toInstant();
			int count = random.nextInt(30);
			for (int i = 0; i < count; i++) {
				Instant start = from.plusSeconds(random.nextLong(Duration.between(from, now).getSeconds() + 1));
				sessions.add(new SessionFact(start, 20,
						random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(120)) : null, false,
						random.nextInt(8) == 0, random.nextBoolean(), random.nextBoolean(), random.nextInt(15) == 0));
			}
			return sessions;
		}

		private static List<BabyCheck> checks(Random random, @Nullable BigDecimal supplement) {
			List<BabyCheck> checks = new ArrayList<>();
			int weight = 3000 + random.nextInt(4000);
			BigDecimal given = supplement;
			int trend = random.nextInt(3);
			for (int back = 21; back >= 0; back--) {
				Integer diapers = random.nextInt(5) == 0 ? null : 3 + random.nextInt(7);
				Integer grams = null;
				if (random.nextInt(4) == 0) {
					weight += (trend == 0) ? -random.nextInt(60) : random.nextInt(50) - 5;
					grams = weight;
				}
				BigDecimal ml = null;
				if (given != null && random.nextInt(3) > 0) {
					if (random.nextInt(5) == 0) {
						given = given.subtract(BigDecimal.valueOf(30)).max(BigDecimal.ZERO);
					}
					ml = given;
				}
				checks.add(new BabyCheck(TODAY.minusDays(back), diapers, grams, ml));
			}
			return checks;
		}

		private static List<DayVolume> days(Random random, @Nullable BigDecimal goalMl) {
			List<DayVolume> days = new ArrayList<>();
			int shape = random.nextInt(4);
			int level = 50 + random.nextInt(700);
			for (int back = 14; back >= 1; back--) {
				BigDecimal total = switch (shape) {
					case 0 -> BigDecimal.valueOf(level + random.nextInt(Math.max(1, level / 20)));
					case 1 -> (goalMl != null) ? goalMl.add(BigDecimal.valueOf(random.nextInt(50)))
							: BigDecimal.valueOf(level);
					case 2 -> random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(800));
					default -> BigDecimal.valueOf((long) level * (15 - back) / 14);
				};
				days.add(new DayVolume(TODAY.minusDays(back), 6 + random.nextInt(7), total));
			}
			return days;
		}

		private static List<BreastNote> notes(Random random, Instant now) {
			if (random.nextInt(8) != 0) {
				return List.of();
			}
			return List.of(new BreastNote(now.minus(Duration.ofMinutes(random.nextInt(72 * 60))), true,
					random.nextBoolean(), random.nextBoolean(), random.nextInt(3) == 0));
		}

	}

}
