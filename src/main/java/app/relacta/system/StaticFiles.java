package app.relacta.system;

import java.util.Arrays;

/**
 * Where the static files are served (the stylesheet, scripts, icons and WebJars, and the
 * app's manifest, service worker and offline page): the same for everyone, so nothing
 * about the person asking is read for them.
 */
public final class StaticFiles {

	/** The static files' paths, as request patterns. */
	public static final String[] PATTERNS = { "/assets/**", "/webjars/**", "/favicon.ico", "/manifest.webmanifest",
			"/sw.js", "/offline" };

	private StaticFiles() {
	}

	/**
	 * Whether {@code path} (without the context path) is a static file's.
	 */
	public static boolean matches(String path) {
		return Arrays.stream(PATTERNS)
			.anyMatch((pattern) -> pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
					: path.equals(pattern));
	}

}
