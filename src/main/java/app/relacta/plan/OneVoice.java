package app.relacta.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * When rules meet, one voice (shared/GUIDANCE.md, "When rules meet"): a red flag outranks
 * everything and is shown first; the supplement card (R12) outranks the checklist's
 * supplement line; R15 (maintenance) outranks the "more sessions" review; an expectation
 * never sits beside a statement it contradicts. The {@link #TABLE} says which line
 * silences (or rewrites) which, in order of precedence: a row applies to the day's advice
 * as the rows above it left it. Pure Java, tested over generated parents
 * (OneVoicePropertyTests).
 */
public final class OneVoice {

	/** The red flags: contact a health professional now (F1 to F4). */
	public static final Set<Rule> URGENT = Set.of(Rule.F1, Rule.F2, Rule.F3, Rule.F4);

	/** The baby's red flags (F1, F2), which hold the supplement (R11). */
	static final Set<Rule> BABY_FLAGS = Set.of(Rule.F1, Rule.F2);

	/**
	 * One row of the table: while a line matching {@code when} is shown, a line whose key
	 * is in {@code silenced} is removed, or replaced by {@code rewrite} where the page
	 * must still say something in its place.
	 */
	public record Conflict(String name, Predicate<Advice> when, Set<String> silenced, @Nullable Advice rewrite,
			String why) {

		boolean applies(List<Advice> shown) {
			return shown.stream().anyMatch(this.when);
		}

	}

	/** The table, highest precedence first. */
	public static final List<Conflict> TABLE = List.of(
			new Conflict("red flag over pumping less", OneVoice::urgent,
					Set.of("expect.maintenance", "tomorrow.maintenanceOffer"), null,
					"a baby's red flag or a sore breast comes before fewer sessions (R11, F3: keep the milk moving)"),
			new Conflict("the baby's red flag over a cut", (advice) -> BABY_FLAGS.contains(advice.rule()),
					Set.of("supplement.reduce", "supplement.reduceLater"),
					Advice.of(Rule.R11, "supplement.holdForFlags"),
					"R11: the supplement is never cut while the baby shows a red flag"),
			new Conflict("maintenance offer over more sessions", keyIs("expect.maintenance"),
					Set.of("tomorrow.moreSessions"), Advice.of(Rule.R15, "tomorrow.maintenanceOffer"),
					"R15: with the goal or a plateau reached, the number of sessions is the parent's choice"),
			new Conflict("maintenance over building", keyIs("expect.maintenance", "expect.maintenanceChosen"),
					Set.of("expect.firstDays", "expect.weeks", "expect.longerStop", "expect.recentStop",
							"expect.induced", "expect.diary"),
					null, "R15: the goal or a plateau is reached; how long building takes no longer applies"),
			new Conflict("maintenance chosen over asking for more", keyIs("expect.maintenanceChosen"),
					Set.of("tomorrow.moreSessions", "tomorrow.prolactin", "tomorrow.shorterDay", "tomorrow.hands",
							"tomorrow.powerPump"),
					Advice.of(Rule.R15, "tomorrow.maintenanceKept"),
					"R15: once chosen, nothing on the page asks for more"),
			new Conflict("supplement card over the checklist", keyIs("supplement.reduce", "supplement.reduceLater"),
					Set.of("plan.item.fed"), Advice.of(Rule.R12, "plan.item.fedNewAmount"),
					"R12: the supplement card says how much; the checklist points to it"));

	private OneVoice() {
	}

	/** Whether a line is a red flag: contact a health professional now. */
	public static boolean urgent(Advice advice) {
		return URGENT.contains(advice.rule());
	}

	private static Predicate<Advice> keyIs(String... keys) {
		Set<String> set = Set.of(keys);
		return (advice) -> set.contains(advice.key());
	}

	/**
	 * A day's advice in one voice: every row of the table applied, in order.
	 */
	public static DayAdvice resolve(DayAdvice day) {
		DayAdvice resolved = day;
		for (Conflict conflict : TABLE) {
			if (conflict.applies(resolved.shown())) {
				resolved = resolved.map((line) -> apply(conflict, line));
			}
		}
		return resolved;
	}

	private static @Nullable Advice apply(Conflict conflict, Advice line) {
		if (!conflict.silenced().contains(line.key())) {
			return line;
		}
		return conflict.rewrite();
	}

	/**
	 * The pairs of lines shown together that the table forbids, each as "row: when-key +
	 * silenced-key"; empty when the day speaks with one voice.
	 */
	public static List<String> contradictions(List<Advice> shown) {
		Set<String> found = new LinkedHashSet<>();
		for (Conflict conflict : TABLE) {
			for (Advice when : shown) {
				if (!conflict.when().test(when)) {
					continue;
				}
				for (Advice other : shown) {
					if (conflict.silenced().contains(other.key())) {
						found.add(conflict.name() + ": " + when.key() + " + " + other.key());
					}
				}
			}
		}
		return new ArrayList<>(found);
	}

}
