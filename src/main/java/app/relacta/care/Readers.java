package app.relacta.care;

import app.relacta.account.Account;
import app.relacta.account.SignedInUser;
import app.relacta.system.ReaderAwareMessages;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Whose data a page shows, decided in one place. A feature's controller serves its page
 * at its own address for the parent ({@code /journal}) and under {@code /clients/{id}}
 * for a consultant ({@code /clients/7/journal}); it asks here whose data to read. For a
 * consultant this checks the share (404 when there is none, as if the client did not
 * exist), records the look, names the client for the page (the {@code client} header,
 * with its links) and has the page's words speak about the client
 * ({@link ReaderAwareMessages}).
 */
@Component
public class Readers {

	private final CareService care;

	Readers(CareService care) {
		this.care = care;
	}

	/**
	 * The parent whose data a page shows: the signed-in parent themselves, or the client
	 * whose {@code area} their consultant opens (a look, recorded).
	 */
	public long whose(SignedInUser user, @Nullable Long clientId, Area area, Model model) {
		if (clientId == null) {
			return user.accountId();
		}
		return name(this.care.open(user.accountId(), clientId, area), model);
	}

	/**
	 * The same for data served without a page (JSON): the share checked and the look
	 * recorded.
	 */
	public long whose(SignedInUser user, @Nullable Long clientId, Area area) {
		return (clientId != null) ? this.care.open(user.accountId(), clientId, area).getId() : user.accountId();
	}

	/**
	 * The client a consultant changes something for (a note, a comment, the plan): the
	 * share checked, no look recorded.
	 */
	public long forChange(SignedInUser user, long clientId, Model model) {
		return name(this.care.requireClient(user.accountId(), clientId), model);
	}

	private static long name(Account client, Model model) {
		model.addAttribute("client", new ClientHeader(client.getId(), client.getDisplayName(), client.getZone().getId(),
				"/clients/" + client.getId()));
		ReaderAwareMessages.readingAbout(client.getDisplayName());
		return client.getId();
	}

}
