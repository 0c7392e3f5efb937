package app.relacta.reminders;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A push service in the test, with the browsers behind it: it hands out subscriptions (a
 * P-256 key pair and an auth secret each, as a browser makes them), checks each message's
 * VAPID signature, and decrypts it as the browser would. A subscription can be made to
 * answer 410 Gone, as push services do when a browser unsubscribed.
 */
final class FakePushService implements AutoCloseable {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final HttpServer server;

	private final Map<String, Browser> browsers = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<String> gone = new CopyOnWriteArrayList<>();

	/** A browser's subscription: what the page sends to Relacta. */
	record Browser(String endpoint, KeyPair keys, byte[] authSecret) {

		String browserKey() {
			return ENCODER.encodeToString(WebPushCrypto.uncompressed((ECPublicKey) this.keys.getPublic()));
		}

		String auth() {
			return ENCODER.encodeToString(this.authSecret);
		}

	}

	/** A message as the browser read it, with the headers it came with. */
	record Received(String endpoint, String text, Map<String, List<String>> headers, String vapidKey, String audience) {
	}

	FakePushService() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/push/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String endpoint = url() + exchange.getRequestURI().getPath();
			int status;
			if (this.gone.contains(endpoint)) {
				status = 410;
			}
			else {
				try {
					this.received.add(read(endpoint, body, exchange.getRequestHeaders()));
					status = 201;
				}
				catch (GeneralSecurityException | RuntimeException ex) {
					status = 400;
				}
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	Browser subscribe(String name) {
		byte[] auth = new byte[16];
		new java.security.SecureRandom().nextBytes(auth);
		Browser browser = new Browser(url() + "/push/" + name, WebPushCrypto.newKeyPair(), auth);
		this.browsers.put(browser.endpoint(), browser);
		return browser;
	}

	void unsubscribe(Browser browser) {
		this.gone.add(browser.endpoint());
	}

	List<Received> received() {
		return new ArrayList<>(this.received);
	}

	void clear() {
		this.received.clear();
	}

	private Received read(String endpoint, byte[] body, Map<String, List<String>> headers)
			throws GeneralSecurityException {
		Browser browser = this.browsers.get(endpoint);
		if (browser == null || !"aes128gcm".equals(first(headers, "Content-encoding"))) {
			throw new GeneralSecurityException("Unknown subscription or coding");
		}
		// VAPID: a JWT signed with ES256 by the key in k, for this service's origin.
		String authorization = first(headers, "Authorization");
		String token = authorization.replaceAll("^vapid t=([^,]+), k=(.+)$", "$1");
		String key = authorization.replaceAll("^vapid t=([^,]+), k=(.+)$", "$2");
		String[] parts = token.split("\\.");
		Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
		signature.initVerify(WebPushCrypto.publicKey(DECODER.decode(key)));
		signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		if (!signature.verify(DECODER.decode(parts[2]))) {
			throw new GeneralSecurityException("Bad VAPID signature");
		}
		String claims = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
		String audience = claims.replaceAll(".*\"aud\":\"([^\"]+)\".*", "$1");

		// RFC 8188 header, then RFC 8291 keys from the browser's side.
		ByteBuffer buffer = ByteBuffer.wrap(body);
		byte[] salt = new byte[16];
		buffer.get(salt);
		int recordSize = buffer.getInt();
		byte[] senderKey = new byte[buffer.get()];
		buffer.get(senderKey);
		byte[] ciphertext = new byte[buffer.remaining()];
		buffer.get(ciphertext);
		if (ciphertext.length > recordSize) {
			throw new GeneralSecurityException("More than one record");
		}
		byte[] shared = WebPushCrypto.sharedSecret(browser.keys(), WebPushCrypto.publicKey(senderKey));
		WebPushCrypto.Keys keys = WebPushCrypto.keys(
				WebPushCrypto.uncompressed((ECPublicKey) browser.keys().getPublic()), browser.authSecret(), senderKey,
				salt, shared);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.content(), "AES"),
				new GCMParameterSpec(128, keys.nonce()));
		byte[] padded = cipher.doFinal(ciphertext);
		int end = padded.length - 1;
		while (end >= 0 && padded[end] == 0) {
			end--;
		}
		if (end < 0 || padded[end] != 2) {
			throw new GeneralSecurityException("No last-record delimiter");
		}
		return new Received(endpoint, new String(Arrays.copyOf(padded, end), StandardCharsets.UTF_8),
				Map.copyOf(headers), key, audience);
	}

	private static String first(Map<String, List<String>> headers, String name) {
		return headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse("");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
