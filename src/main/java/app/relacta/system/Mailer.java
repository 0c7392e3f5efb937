package app.relacta.system;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the app's emails. Email is on when the server has SMTP settings
 * ({@code spring.mail.host}) and knows its own address ({@code relacta.public-url}):
 * links in emails are never built from a request's Host header, which anyone can forge.
 */
@Component
public class Mailer {

	private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

	private final @Nullable JavaMailSender sender;

	private final PublicLinks links;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, PublicLinks links,
			@Value("${relacta.mail.from:Relacta <no-reply@relacta.invalid>}") String from) {
		this.sender = sender.getIfAvailable();
		this.links = links;
		this.from = from;
		if (this.sender != null && links.absolute("") == null) {
			logger.warn("SMTP is set (spring.mail.host) but relacta.public-url is not: no email is sent, "
					+ "because its links would have no address to point to");
		}
	}

	/** Whether emails are sent. */
	public boolean isOn() {
		return this.sender != null && this.links.absolute("") != null;
	}

	/** The app's address for a path ({@code /progress}), or null when it is not known. */
	public @Nullable String link(String path) {
		return this.links.absolute(path);
	}

	/**
	 * Sends a plain-text email.
	 * @return whether it went, or why not
	 */
	public Delivery send(String to, String subject, String text) {
		JavaMailSender mailer = this.sender;
		if (mailer == null || !isOn()) {
			return Delivery.OFF;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mailer.send(message);
			return Delivery.SENT;
		}
		catch (MailException ex) {
			// The exception's message may name the address: only its kind is logged.
			logger.warn("An email could not be sent ({})", ex.getClass().getSimpleName());
			return Delivery.FAILED;
		}
	}

	/** What became of an email. */
	public enum Delivery {

		/** Handed to the SMTP server. */
		SENT,

		/** Email is off on this server. */
		OFF,

		/** The SMTP server could not be reached or refused it. */
		FAILED

	}

}
