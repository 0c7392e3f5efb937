package app.relacta.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from messages.properties: no template has text of its own
 * that would escape a review of the app's voice (or a translation), every message key a
 * template names exists, and no template writes unescaped HTML.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** An element whose own text has letters in it: {@code <tag attrs>text<}. */
	private static final Pattern TEXT_IN_ELEMENT = Pattern.compile("<(\\w+)([^<>]*)>([^<]*\\p{L}[^<]*)<");

	/**
	 * A literal message key in an expression: {@code #{some.key}} or
	 * {@code #{some.key(...)}}.
	 */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[(}]");

	@Test
	void templatesHaveNoTextOfTheirOwn() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = withoutComments(Files.readString(template));
			Matcher matcher = TEXT_IN_ELEMENT.matcher(html);
			while (matcher.find()) {
				String attributes = matcher.group(2);
				if (!attributes.contains("th:text") && !attributes.contains("th:errors")
						&& !attributes.contains("th:replace") && !matcher.group(1).equals("script")) {
					problems.add(TEMPLATES.relativize(template) + ": \"" + matcher.group(3).strip() + "\"");
				}
			}
		}
		assertThat(problems).as("text not taken from messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys missing from messages.properties").isEmpty();
	}

	@Test
	void noTemplateWritesUnescapedHtml() throws IOException {
		for (Path template : templates()) {
			assertThat(Files.readString(template)).as(template.toString()).doesNotContain("th:utext");
		}
	}

	private static String withoutComments(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}
