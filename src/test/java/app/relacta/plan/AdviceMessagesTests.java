package app.relacta.plan;

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
 * Every text the engine shows is in messages.properties, and names a rule that the plan
 * page explains (its text, values and source): read from the engine's own source, so an
 * advice added later without its words fails the build.
 */
class AdviceMessagesTests {

	private static final Pattern ADVICE = Pattern
		.compile("(?:Advice\\.of|new Advice)\\(\\s*Rule\\.(\\w+),\\s*\"([^\"]+)\"");

	@Test
	void everyAdviceOfTheEngineHasItsWordsAndItsRule() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		List<String> found = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String folder : List.of("plan", "wellbeing")) {
			try (Stream<Path> files = Files.list(Path.of("src/main/java/app/relacta", folder))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					Matcher matcher = ADVICE.matcher(Files.readString(file));
					while (matcher.find()) {
						String rule = matcher.group(1);
						String key = matcher.group(2);
						found.add(rule + " " + key);
						Rule.valueOf(rule);
						for (String needed : List.of(key, "rule." + rule + ".text", "rule." + rule + ".value",
								"rule." + rule + ".source")) {
							if (!messages.containsKey(needed)) {
								missing.add(file.getFileName() + ": " + needed);
							}
						}
					}
				}
			}
		}
		assertThat(found).as("advice found in the engine's source").hasSizeGreaterThan(60);
		assertThat(missing).as("texts missing from messages.properties").isEmpty();
	}

}
