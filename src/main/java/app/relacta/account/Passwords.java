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
import java.util.stream.Collectors;

/**
 * What makes a new password unusable, said before anything is hashed: more than bcrypt's
 * 72 bytes (a long sentence with accents or emoji reaches it before 128 characters), or
 * one of the most common passwords (the list in {@code security/common-passwords.txt}).
 */
final class Passwords {

	/** bcrypt reads at most this many bytes of a password. */
	static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = load();

	private Passwords() {
	}

	/**
	 * The message key of what is wrong with a new password, or empty if it can be used.
	 */
	static Optional<String> problem(String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooManyBytes");
		}
		if (COMMON.contains(password.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/** Whether bcrypt can read all of it: a longer one never matches. */
	static boolean fitsBcrypt(CharSequence password) {
		return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	private static Set<String> load() {
		try (InputStream in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("security/common-passwords.txt is missing");
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
