package app.relacta.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant reading a client's pages gets the client's variant of a message, with the
 * client's name as one more argument; everyone else gets the message as written. The
 * variants in messages.properties each have their base message, use no argument the base
 * does not have (but the name), and never speak to the parent.
 */
class ReaderAwareMessagesTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theClientsVariantWithTheirNameOnlyWhileAConsultantReadsAboutThem() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("today.day", Locale.ENGLISH, "Day {0} of your plan");
		source.addMessage("today.day.client", Locale.ENGLISH, "Day {0} of {1}’s plan");
		source.addMessage("plan.history", Locale.ENGLISH, "Changes");
		MessageSource messages = (MessageSource) new ReaderAwareMessages().postProcessAfterInitialization(source,
				"messageSource");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(messages.getMessage("today.day", new Object[] { 12 }, Locale.ENGLISH))
			.isEqualTo("Day 12 of your plan");

		ReaderAwareMessages.readingAbout("Jo");
		assertThat(messages.getMessage("today.day", new Object[] { 12 }, Locale.ENGLISH))
			.isEqualTo("Day 12 of Jo’s plan");
		assertThat(messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { "today.day" }, new Object[] { 3 }), Locale.ENGLISH))
			.isEqualTo("Day 3 of Jo’s plan");
		assertThat(messages.getMessage("plan.history", null, Locale.ENGLISH)).as("no variant: as written")
			.isEqualTo("Changes");

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(messages.getMessage("today.day", new Object[] { 12 }, Locale.ENGLISH))
			.as("the next request, the parent's own")
			.isEqualTo("Day 12 of your plan");
	}

	@Test
	void everyVariantHasItsBaseUsesOnlyItsArgumentsAndTheNameAndNeverSpeaksToTheParent() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		long variants = 0;
		for (String key : messages.stringPropertyNames()) {
			if (!key.endsWith(ReaderAwareMessages.SUFFIX)) {
				continue;
			}
			variants++;
			String base = key.substring(0, key.length() - ReaderAwareMessages.SUFFIX.length());
			assertThat(messages).as("the base of %s", key).containsKey(base);
			assertThat(highestArgument(messages.getProperty(key))).as(key)
				.isLessThanOrEqualTo(highestArgument(messages.getProperty(base)) + 1);
			assertThat(messages.getProperty(key).toLowerCase(Locale.ROOT)).as(key)
				.doesNotContain("your baby", "your plan", "your milk", "your body", "your goal", "your night",
						"your breasts", "you feel");
		}
		assertThat(variants).isGreaterThan(60);
	}

	private static int highestArgument(String message) {
		Matcher argument = Pattern.compile("\\{(\\d+)").matcher(message);
		int highest = -1;
		while (argument.find()) {
			highest = Math.max(highest, Integer.parseInt(argument.group(1)));
		}
		return highest;
	}

}
