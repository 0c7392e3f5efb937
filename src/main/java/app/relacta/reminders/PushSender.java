package app.relacta.reminders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one encrypted message to one browser's push service, signed with the server's
 * VAPID key. A reminder is worth nothing late, so the push service keeps it at most
 * {@link #TTL} for a phone that is off, and a newer reminder replaces an undelivered one
 * (same topic).
 */
@Component
class PushSender {

	static final Duration TTL = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(PushSender.class);

	private final PushKeys keys;

	private final Clock clock;

	private final String contact;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	PushSender(PushKeys keys, Clock clock, @Value("${relacta.push.contact:}") String contact,
			@Value("${relacta.public-url:}") String publicUrl) {
		this.keys = keys;
		this.clock = clock;
		this.contact = !contact.isBlank() ? contact
				: (publicUrl.startsWith("https://") ? publicUrl : "mailto:reminders@relacta.invalid");
	}

	enum Outcome {

		/** The push service took it. */
		DELIVERED,
		/** The browser's subscription no longer exists: forget the device. */
		GONE,
		/** Not now (the service is down, slow or refused it): perhaps later. */
		FAILED

	}

	Outcome send(PushDevices.Target device, byte[] message) {
		URI endpoint = URI.create(device.endpoint());
		byte[] body = WebPushCrypto.encrypt(message, device.browserKey(), device.authSecret());
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(10))
			.header("Authorization",
					Vapid.authorization(this.keys.keys(), endpoint, this.contact, this.clock.instant()))
			.header("Content-Encoding", "aes128gcm")
			.header("Content-Type", "application/octet-stream")
			.header("TTL", Long.toString(TTL.toSeconds()))
			.header("Urgency", "high")
			.header("Topic", "session-due")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return Outcome.DELIVERED;
			}
			if (status == 404 || status == 410) {
				return Outcome.GONE;
			}
			log.warn("A push service answered {} for device {}", status, device.id());
			return Outcome.FAILED;
		}
		catch (IOException ex) {
			log.warn("A push service could not be reached for device {}: {}", device.id(), ex.toString());
			return Outcome.FAILED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.FAILED;
		}
	}

}
