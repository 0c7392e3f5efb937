package app.relacta.wellbeing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.relacta.plan.Advice;
import app.relacta.plan.Rule;

/**
 * F4, from the check-ins: any thought of harm asks for urgent help; low mood for two
 * weeks suggests seeing a provider. Shown plainly, never a diagnosis. Pure Java.
 */
final class MoodRules {

	/** F4: low mood for more than this many days is worth a provider's time. */
	static final int LOW_MOOD_DAYS = 14;

	/** F4: a thought of harm is answered for this many days after the check-in. */
	static final int HARM_SHOWN_DAYS = 3;

	private MoodRules() {
	}

	/**
	 * One entry of the check-ins the rules read.
	 */
	record Entry(LocalDate date, Mood mood, boolean harmThoughts) {

	}

	/**
	 * The F4 help to show today, from the check-ins of the last two weeks or so.
	 */
	static List<Advice> help(List<Entry> entries, LocalDate today) {
		List<Entry> sorted = entries.stream()
			.filter((entry) -> !entry.date().isAfter(today))
			.sorted(Comparator.comparing(Entry::date))
			.toList();
		List<Advice> help = new ArrayList<>();
		boolean harm = sorted.stream()
			.anyMatch((entry) -> entry.harmThoughts() && entry.date().isAfter(today.minusDays(HARM_SHOWN_DAYS)));
		if (harm) {
			help.add(new Advice(Rule.F4, "mood.help.harm", List.of()));
		}
		if (lowForTwoWeeks(sorted, today)) {
			help.add(new Advice(Rule.F4, "mood.help.lowTwoWeeks", List.of()));
		}
		return List.copyOf(help);
	}

	/**
	 * Every check-in of the last two weeks low, the first of them at least 13 days ago
	 * and the latest within the last 2 days.
	 */
	static boolean lowForTwoWeeks(List<Entry> sorted, LocalDate today) {
		List<Entry> window = sorted.stream()
			.filter((entry) -> entry.date().isAfter(today.minusDays(LOW_MOOD_DAYS + 1)))
			.toList();
		if (window.isEmpty() || window.stream().anyMatch((entry) -> !entry.mood().low())) {
			return false;
		}
		return !window.get(0).date().isAfter(today.minusDays(LOW_MOOD_DAYS))
				&& !window.get(window.size() - 1).date().isBefore(today.minusDays(1));
	}

}
