package app.relacta.account;

import java.util.UUID;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates accounts for tests, each with its own email, through the real sign-up.
 */
public final class TestAccounts {

	public static final String PASSWORD = "a long enough password";

	private TestAccounts() {
	}

	public static Account parent(AccountService accounts, String zone, VolumeUnit unit) {
		String email = "parent-" + UUID.randomUUID() + "@example.com";
		SignupForm form = new SignupForm(email, PASSWORD, "Test parent", zone, unit);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Account account = accounts.signUp(form, errors).orElseThrow();
		assertThat(errors.getAllErrors()).isEmpty();
		return account;
	}

	public static Account consultant(AccountService accounts, String name) {
		String email = "consultant-" + UUID.randomUUID() + "@example.com";
		SignupForm form = new SignupForm(email, PASSWORD, name, "Europe/London", VolumeUnit.ML, Role.CONSULTANT,
				"IBCLC", "Test practice");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Account account = accounts.signUp(form, errors).orElseThrow();
		assertThat(errors.getAllErrors()).isEmpty();
		return account;
	}

	public static SignedInUser user(Account account) {
		return new SignedInUser(account);
	}

}
