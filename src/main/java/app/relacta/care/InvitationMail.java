package app.relacta.care;

import java.util.Locale;

import app.relacta.system.Mailer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails a parent's invitation to their consultant, with a link that opens it (when email
 * is on, see {@link Mailer}); with email off, the parent is shown the link to send
 * themselves.
 */
@Component
public class InvitationMail {

	private final Mailer mailer;

	private final MessageSource messages;

	InvitationMail(Mailer mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	/** Whether invitations are emailed. */
	public boolean isOn() {
		return this.mailer.isOn();
	}

	/**
	 * Where invitation links point: the configured address, or null to take the
	 * request's.
	 */
	public @Nullable String linkBase() {
		return this.mailer.link("/invitations/");
	}

	/**
	 * Sends the invitation with this code to {@code email}.
	 * @param parentName who invites, as the email names them
	 * @param lifetimeDays how long the invitation works
	 * @return whether it went, or why not
	 */
	public Mailer.Delivery send(String email, String parentName, String code, long lifetimeDays, Locale locale) {
		String base = linkBase();
		if (base == null) {
			return Mailer.Delivery.OFF;
		}
		return this.mailer.send(email,
				this.messages.getMessage("mail.invitation.subject", new Object[] { parentName }, locale),
				this.messages.getMessage("mail.invitation.body", new Object[] { parentName, base + code, lifetimeDays },
						locale));
	}

}
