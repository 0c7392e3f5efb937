package app.relacta.care;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Emails a parent's invitation to their consultant, with a link that opens it. Email is
 * on when the server has SMTP settings ({@code spring.mail.host}) and knows its own
 * address ({@code relacta.public-url}): a link is never built from a request's Host
 * header, which anyone can forge. With email off, the parent is shown the link to send
 * themselves.
 */
@Component
public class InvitationMail {

	private static final Logger logger = LoggerFactory.getLogger(InvitationMail.class);

	private final @Nullable JavaMailSender sender;

	private final @Nullable URI publicUrl;

	private final String from;

	private final MessageSource messages;

	InvitationMail(ObjectProvider<JavaMailSender> sender, @Value("${relacta.public-url:}") String publicUrl,
			@Value("${relacta.mail.from:Relacta <no-reply@relacta.invalid>}") String from, MessageSource messages) {
		this.sender = sender.getIfAvailable();
		this.publicUrl = StringUtils.hasText(publicUrl) ? URI.create(publicUrl.replaceAll("/+$", "")) : null;
		this.from = from;
		this.messages = messages;
		if (this.sender != null && this.publicUrl == null) {
			logger.warn("SMTP is set (spring.mail.host) but relacta.public-url is not: invitations are not emailed, "
					+ "because their links would have no address to point to");
		}
	}

	/** Whether invitations are emailed. */
	public boolean isOn() {
		return this.sender != null && this.publicUrl != null;
	}

	/**
	 * Where invitation links point: the configured address, or null to take the
	 * request's.
	 */
	public @Nullable String linkBase() {
		return (this.publicUrl != null) ? this.publicUrl + "/invitations/" : null;
	}

	/**
	 * Sends the invitation with this code to {@code email}.
	 * @param parentName who invites, as the email names them
	 * @param lifetimeDays how long the invitation works
	 * @return whether it went, or why not
	 */
	public Delivery send(String email, String parentName, String code, long lifetimeDays, Locale locale) {
		JavaMailSender mailer = this.sender;
		if (mailer == null || this.publicUrl == null) {
			return Delivery.OFF;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(email);
		message.setSubject(this.messages.getMessage("mail.invitation.subject", new Object[] { parentName }, locale));
		message.setText(this.messages.getMessage("mail.invitation.body",
				new Object[] { parentName, linkBase() + code, lifetimeDays }, locale));
		try {
			mailer.send(message);
			return Delivery.SENT;
		}
		catch (MailException ex) {
			// The invitation stands: the parent is told, and shown the link to send.
			// The exception's message may name the address: only its kind is logged.
			logger.warn("An invitation email could not be sent ({})", ex.getClass().getSimpleName());
			return Delivery.FAILED;
		}
	}

	/** What became of an invitation's email. */
	public enum Delivery {

		/** Handed to the SMTP server. */
		SENT,

		/** Email is off on this server. */
		OFF,

		/** The SMTP server could not be reached or refused it. */
		FAILED

	}

}
