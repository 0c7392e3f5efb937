package app.relacta.account;

import java.util.UUID;

/**
 * Creates accounts for tests, each with its own email, through the real sign-up.
 */
public final class TestAccounts {

	public static final String PASSWORD = "a long enough password";

	private TestAccounts() {
	}

	public static Account parent(AccountService accounts, String zone, VolumeUnit unit) {
		String email = "parent-" + UUID.randomUUID() + "@example.com";
		return accounts.signUp(new SignUp(email, PASSWORD, "Test parent", zone, unit));
	}

	public static Account consultant(AccountService accounts, String name) {
		String email = "consultant-" + UUID.randomUUID() + "@example.com";
		return accounts.signUp(new SignUp(email, PASSWORD, name, "Europe/London", VolumeUnit.ML, Role.CONSULTANT,
				"IBCLC", "Test practice"));
	}

	public static SignedInUser user(Account account) {
		return new SignedInUser(account);
	}

}
