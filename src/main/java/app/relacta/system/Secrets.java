package app.relacta.system;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable secrets for links and tokens: random bytes from the system's strong source,
 * written in URL-safe Base64 without padding, so they travel in a path or a header as
 * they are.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** A secret of {@code bytes} random bytes (32 give 43 characters). */
	public static String urlSafe(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
