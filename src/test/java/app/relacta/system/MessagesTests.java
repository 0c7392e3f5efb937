package app.relacta.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * English and Spanish say the same things: every key in both files, with the same
 * placeholders, each a valid message pattern, and every Spanish text translated except
 * the few that are the same words in both languages (units, names, article titles).
 */
class MessagesTests {

	/**
	 * Keys whose Spanish is, rightly, the English: symbols, names and sources' titles.
	 */
	private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "unit.ML", "unit.OZ", "journal.minutes",
			"journal.total", "session.totalVolume", "duration.minutes", "duration.hours", "duration.hoursMinutes",
			"nav.plan", "rule.R13.source", "rule.E1.source", "rule.E2.source", "rule.E3.source", "rule.E6.source",
			"rule.F2.source", "rule.F3.source", "rule.F5.source", "rule.E9.source", "plan.no", "area.PLAN", "notes.by",
			"tokens.new.label", "import.preview.file", "settings.language.EN", "settings.language.ES");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void everyKeyIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
		Map<String, String> english = load("messages.properties");
		Map<String, String> spanish = load("messages_es.properties");
		assertThat(spanish.keySet()).as("keys missing in Spanish").containsAll(english.keySet());
		assertThat(english.keySet()).as("keys missing in English").containsAll(spanish.keySet());
		for (String key : english.keySet()) {
			assertThat(placeholders(spanish.get(key))).as("the placeholders of %s", key)
				.isEqualTo(placeholders(english.get(key)));
		}
	}

	@Test
	void everyTextIsAPatternThatFormatsAndIsTranslated() throws IOException {
		Map<String, String> english = load("messages.properties");
		Map<String, String> spanish = load("messages_es.properties");
		for (Map<String, String> language : java.util.List.of(english, spanish)) {
			language.forEach((key, text) -> {
				if (!placeholders(text).isEmpty()) {
					// An ASCII apostrophe would start a quoted part and swallow
					// placeholders.
					assertThat(text).as("%s has no ASCII apostrophe", key).doesNotContain("'");
					assertThatNoException().as(key).isThrownBy(() -> new MessageFormat(text).format(new Object[10]));
				}
			});
		}
		Set<String> untranslated = new TreeSet<>();
		english.forEach((key, text) -> {
			if (text.equals(spanish.get(key)) && !SAME_IN_BOTH.contains(key)) {
				untranslated.add(key);
			}
		});
		assertThat(untranslated).as("Spanish texts still in English").isEmpty();
	}

	/**
	 * Issue 26: sentences that said more than the sources do (or scolded), in either
	 * language. Each is gone; this fails if one comes back.
	 */
	private static final Map<String, java.util.List<String>> SAYS_MORE_THAN_THE_SOURCES = Map.of(
			"messages.properties", java.util.List.of("You can always do more", "only a little milk back",
					"expected at this age", "can still rise", "capsules", "what a breast holds", "safe taper",
					"remember quickly", "supplement as usual", "quiet hours only if", "stayed low for a while"),
			"messages_es.properties",
			java.util.List.of("Siempre puedes hacer más", "la leche vuelve muy poco", "esperados a esta edad",
					"todavía puede subir", "cápsulas", "un pecho contiene", "reducción segura", "recordarlo rápido",
					"el suplemento como siempre", "horas de silencio solo si", "cuentan igual", "a partir del día 4",
					"lleva un tiempo baja"));

	/** A Spanish 1-to-5 without "de la madrugada" can be read as the afternoon. */
	private static final Pattern SPANISH_NIGHT_WITHOUT_MADRUGADA = Pattern
		.compile("(entre la 1 y las 5|de 1 a 5)(?! de la madrugada)");

	@Test
	void noSentenceSaysMoreThanTheSourcesAndTheNightIsTheNight() throws IOException {
		SAYS_MORE_THAN_THE_SOURCES.forEach((file, phrases) -> {
			Map<String, String> messages = loadUnchecked(file);
			messages.forEach((key, text) -> assertThat(phrases).as("%s in %s: %s", key, file, text)
				.noneMatch((phrase) -> text.contains(phrase)));
			assertThat(messages).as("F5 raises only what the parent notes").doesNotContainKey("help.lowSupply");
		});
		loadUnchecked("messages_es.properties")
			.forEach((key, text) -> assertThat(SPANISH_NIGHT_WITHOUT_MADRUGADA.matcher(text).find())
				.as("%s says which 1 to 5: %s", key, text)
				.isFalse());
		// The PDF's footer, like every page's, names the emergency line.
		assertThat(loadUnchecked("messages.properties").get("report.footer")).contains("In an emergency");
		assertThat(loadUnchecked("messages_es.properties").get("report.footer")).contains("En una emergencia");
	}

	private static Map<String, String> loadUnchecked(String name) {
		try {
			return load(name);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Map<String, String> load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, (String) value));
		return messages;
	}

}
