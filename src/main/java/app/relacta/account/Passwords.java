package app.relacta.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What makes a new password unusable, said before anything is hashed: more than bcrypt's
 * 72 bytes (a long sentence with accents or emoji reaches it before 128 characters), one
 * of the most common passwords (the list in {@code security/common-passwords.txt}), a
 * common word with digits or symbols after it ({@code security/common-words.txt}: so
 * "Relacta2026" and "P@ssw0rd1!"), the same few characters over and over, or the
 * account's own email.
 */
final class Passwords {

	/** bcrypt reads at most this many bytes of a password. */
	static final int MAX_BYTES = 72;

	/** A password of fewer different characters is a run of one or two keys. */
	static final int MIN_DIFFERENT_CHARACTERS = 5;

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

	private static final Set<String> WORDS = load("/security/common-words.txt");

	private static final Pattern TRAILING = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+$");

	private Passwords() {
	}

	/**
	 * The message key of what is wrong with a new password for the account of
	 * {@code email}, or empty if it can be used.
	 */
	static Optional<String> problem(String password, @Nullable String email) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooManyBytes");
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || WORDS.contains(core(lower))) {
			return Optional.of("password.common");
		}
		if (lower.codePoints().distinct().count() < MIN_DIFFERENT_CHARACTERS) {
			return Optional.of("password.repetitive");
		}
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			String name = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			String compact = lower.replaceAll("[^\\p{L}\\p{N}]", "");
			if (lower.contains(address) || (name.length() >= 4
					&& (lower.contains(name) || compact.contains(name.replaceAll("[^\\p{L}\\p{N}]", ""))))) {
				return Optional.of("password.likeEmail");
			}
		}
		return Optional.empty();
	}

	/**
	 * What a password is made of, without what people add to a word to pass a rule:
	 * digits and symbols at the end taken off, letter swaps undone, the rest letters
	 * only.
	 */
	static String core(String lower) {
		String word = TRAILING.matcher(lower).replaceAll("");
		StringBuilder letters = new StringBuilder();
		word.codePoints().forEach((c) -> {
			int plain = switch (c) {
				case '0' -> 'o';
				case '@', '4' -> 'a';
				case '3' -> 'e';
				case '1', '!' -> 'i';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			};
			if (Character.isLetter(plain)) {
				letters.appendCodePoint(plain);
			}
		});
		return letters.toString();
	}

	/** Whether bcrypt can read all of it: a longer one never matches. */
	static boolean fitsBcrypt(CharSequence password) {
		return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	private static Set<String> load(String resource) {
		try (InputStream in = Passwords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
