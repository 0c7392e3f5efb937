package app.relacta.care;

import app.relacta.account.Account;

/**
 * Consent for tests, given the way a parent gives it: an invitation code, accepted.
 */
public final class TestCare {

	private TestCare() {
	}

	public static String code(InvitationService invitations, Account parent) {
		return invitations.inviteWithCode(parent.getId());
	}

	public static void share(InvitationService invitations, Account parent, Account consultant) {
		invitations.acceptCode(consultant.getId(), code(invitations, parent));
	}

}
