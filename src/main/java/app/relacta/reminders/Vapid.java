package app.relacta.reminders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Who sends the reminders, as push services ask (VAPID, RFC 8292): a JSON web token
 * signed with ES256 for the push service's origin, valid 12 hours, and the public key the
 * browser subscribed with.
 */
final class Vapid {

	static final Duration VALID = Duration.ofHours(12);

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private Vapid() {
	}

	/**
	 * The {@code Authorization} header for a message to {@code endpoint}.
	 * @param contact how the push service can reach whoever runs this server (a mailto:
	 * or https: address)
	 */
	static String authorization(KeyPair keys, URI endpoint, String contact, Instant now) {
		String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
		String header = encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
		String claims = encode("{\"aud\":\"" + json(audience) + "\",\"exp\":" + now.plus(VALID).getEpochSecond()
				+ ",\"sub\":\"" + json(contact) + "\"}");
		String signed = header + "." + claims;
		try {
			// ES256 wants r and s side by side (IEEE P1363), not the JDK's usual DER.
			Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
			signature.initSign(keys.getPrivate());
			signature.update(signed.getBytes(StandardCharsets.US_ASCII));
			String token = signed + "." + BASE64URL.encodeToString(signature.sign());
			return "vapid t=" + token + ", k=" + publicKey(keys);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK could not sign with ES256", ex);
		}
	}

	/** The application server key browsers subscribe with, in base64url. */
	static String publicKey(KeyPair keys) {
		return BASE64URL.encodeToString(WebPushCrypto.uncompressed((ECPublicKey) keys.getPublic()));
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/** Only what a JSON string needs escaped; the values are URLs and addresses. */
	private static String json(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
