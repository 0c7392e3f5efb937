package app.relacta.wellbeing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.relacta.plan.Advice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F4 from the check-ins, in plain JUnit.
 */
class MoodRulesTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

	@Test
	void f4AnyThoughtOfHarmShowsUrgentHelpForThreeDays() {
		List<MoodRules.Entry> entries = List.of(new MoodRules.Entry(TODAY.minusDays(2), Mood.OKAY, true));
		assertThat(MoodRules.help(entries, TODAY)).extracting(Advice::key).containsExactly("mood.help.harm");
		assertThat(MoodRules.help(entries, TODAY.plusDays(1))).isEmpty();
	}

	@Test
	void f4LowMoodForMoreThanTwoWeeksButNotOneGoodDayInBetween() {
		List<MoodRules.Entry> low = new ArrayList<>();
		for (int back = 14; back >= 0; back--) {
			low.add(new MoodRules.Entry(TODAY.minusDays(back), (back % 3 == 0) ? Mood.VERY_LOW : Mood.LOW, false));
		}
		assertThat(MoodRules.help(low, TODAY)).extracting(Advice::key).containsExactly("mood.help.lowTwoWeeks");
		assertThat(MoodRules.help(low.subList(1, low.size()), TODAY)).as("13 days").isEmpty();
		List<MoodRules.Entry> oneGood = new ArrayList<>(low);
		oneGood.set(7, new MoodRules.Entry(TODAY.minusDays(7), Mood.GOOD, false));
		assertThat(MoodRules.help(oneGood, TODAY)).isEmpty();
		assertThat(MoodRules.help(low.subList(0, low.size() - 3), TODAY)).as("no check-in lately").isEmpty();
	}

}
