package app.relacta.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.relacta.system.Secrets;
import app.relacta.system.ServerSecrets;
import app.relacta.system.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * Device cookies (OWASP's answer to lockouts anyone can cause): a browser that has logged
 * in to an account before carries a cookie, signed by the server, that names a random
 * device id and the account (by a hash of its email, never the email). The login throttle
 * counts that device's tries on their own, so someone guessing an account's password from
 * elsewhere, however often, slows only themselves: the owner's phone still logs in. The
 * cookie proves nothing else; it is no login and no password.
 */
class LoginDevices {

	static final String COOKIE = "relacta_device";

	/** How long a device is known after its last login. */
	static final Duration KEPT = Duration.ofDays(365);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final ServerSecrets secrets;

	private final Clock clock;

	LoginDevices(ServerSecrets secrets, Clock clock) {
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * The device id of the request's cookie, when it is signed by this server for
	 * {@code email} and not expired; null otherwise.
	 */
	@Nullable String knownDevice(HttpServletRequest request, String email) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				String device = verified(cookie.getValue(), email);
				if (device != null) {
					return device;
				}
			}
		}
		return null;
	}

	/** Marks the browser as one that logged in to {@code email}'s account. */
	void remember(HttpServletRequest request, HttpServletResponse response, String email) {
		String device = Secrets.urlSafe(16);
		long issued = this.clock.instant().getEpochSecond();
		Cookie cookie = new Cookie(COOKIE, device + "." + issued + "." + signature(device, issued, email));
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath(request.getContextPath() + "/login");
		cookie.setMaxAge((int) KEPT.toSeconds());
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	private @Nullable String verified(@Nullable String value, String email) {
		if (value == null || value.length() > 200) {
			return null;
		}
		String[] parts = value.split("\\.");
		if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
			return null;
		}
		long issued = Long.parseLong(parts[1]);
		if (issued + KEPT.toSeconds() < this.clock.instant().getEpochSecond()) {
			return null;
		}
		boolean signed = MessageDigest.isEqual(signature(parts[0], issued, email).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII));
		return signed ? parts[0] : null;
	}

	private String signature(String device, long issued, String email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secrets.secret("login-device"), "HmacSHA256"));
			String account = Sha256.hex(email.strip().toLowerCase(Locale.ROOT));
			return ENCODER
				.encodeToString(mac.doFinal((device + "|" + issued + "|" + account).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
