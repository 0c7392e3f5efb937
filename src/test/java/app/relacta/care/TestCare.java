package app.relacta.care;

import app.relacta.account.Account;

import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Consent for tests, given the way a parent gives it: an invitation code, accepted.
 */
public final class TestCare {

	private TestCare() {
	}

	public static String code(InvitationService invitations, Account parent) {
		return invitations.inviteWithCode(parent.getId(), new BeanPropertyBindingResult(new InviteForm(), "invite"))
			.orElseThrow();
	}

	public static void share(InvitationService invitations, Account parent, Account consultant) {
		invitations.acceptCode(consultant.getId(), code(invitations, parent));
	}

	public static NoteForm note(String body) {
		NoteForm form = new NoteForm();
		form.setBody(body);
		return form;
	}

}
