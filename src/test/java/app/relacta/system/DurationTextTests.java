package app.relacta.system;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lengths of time in words, from the app's messages, in whole minutes.
 */
class DurationTextTests {

	private final DurationText durations = new DurationText(messages());

	@ParameterizedTest
	@CsvSource({ "PT0S, 0 min", "PT45M59S, 45 min", "PT4H, 4 h", "PT2H30M, 2 h 30 min", "PT26H5M, 26 h 5 min" })
	void wholeMinutesHoursOrBoth(Duration duration, String words) {
		assertThat(this.durations.format(duration, Locale.ENGLISH)).isEqualTo(words);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
