package app.relacta.account;

import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sign-up, login and settings through the whole application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountRepository repository;

	@Autowired
	private AccountService accounts;

	@Test
	void aNewParentSignsUpAndIsSignedInStraightAway() {
		String email = uniqueEmail();
		MvcTestResult result = this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", "  " + email.toUpperCase() + " ")
			.param("password", "ten chars!")
			.param("displayName", " Maya ")
			.param("timeZone", "America/Chicago")
			.param("unit", "OZ")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/plan/setup/1").flash().containsKey("flash");
		Account account = this.repository.findByEmail(email).orElseThrow();
		assertThat(account.getDisplayName()).isEqualTo("Maya");
		assertThat(account.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(account.getUnit()).isEqualTo(VolumeUnit.OZ);
		assertThat(account.getRole()).isEqualTo(Role.PARENT);
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("ten chars!");
		// Signed in: the session's cookie (the session itself is in the database) reaches
		// the journal.
		jakarta.servlet.http.Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		assertThat(this.mvc.get().uri("/journal").cookie(session)).hasStatusOk();
	}

	@Test
	void anEmailIsTakenWhateverItsCase() {
		Account existing = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		MvcTestResult result = signUp(existing.getEmail().toUpperCase(), TestAccounts.PASSWORD, "Second",
				"Europe/Paris", "ML");
		assertThat(result).hasStatusOk()
			.hasViewName("account/signup")
			.bodyText()
			.contains("There is already an account with this email")
			.contains("value=\"" + existing.getEmail().toUpperCase() + "\"", "value=\"Second\"",
					"<option value=\"Europe/Paris\" selected=\"selected\">");
	}

	@Test
	void badSignUpValuesAreExplainedBesideTheirFields() {
		MvcTestResult result = signUp("not-an-email", "short", "", "Mars/Olympus_Mons", "ML");
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("This does not look like an email address", "at least 10 characters",
					"Please tell us what to call you", "value=\"not-an-email\"")
			.doesNotContain("value=\"short\"");
		// Only a tampered form can send another unit.
		assertThat(signUp(uniqueEmail(), TestAccounts.PASSWORD, "Ok", "Europe/London", "LITRES")).hasStatusOk()
			.bodyText()
			.contains("Please choose mL or oz");
		assertThat(signUp(uniqueEmail(), TestAccounts.PASSWORD, "Ok", "Mars/Olympus_Mons", "ML")).hasStatusOk()
			.bodyText()
			.contains("Please pick a time zone from the list");
	}

	@Test
	void loginWorksWithAnyCaseOfTheEmail() {
		Account account = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(this.mvc.perform(formLogin().user(account.getEmail().toUpperCase()).password(TestAccounts.PASSWORD)))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
	}

	@Test
	void aFailedLoginSaysTheSameWhetherOrNotTheEmailExistsAndKeepsTheEmail() {
		Account account = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		MvcTestResult wrongPassword = this.mvc
			.perform(formLogin().user(account.getEmail()).password("not the password"));
		MvcTestResult noSuchAccount = this.mvc.perform(formLogin().user(uniqueEmail()).password("not the password"));
		assertThat(wrongPassword).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
		assertThat(noSuchAccount).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");

		// The email is kept for the next try in a short-lived cookie, never a server
		// session.
		assertThat(wrongPassword.getRequest().getSession(false)).isNull();
		jakarta.servlet.http.Cookie kept = wrongPassword.getResponse()
			.getCookie(SecurityConfiguration.LAST_LOGIN_EMAIL);
		assertThat(kept).isNotNull();
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(this.mvc.get().uri("/login?error").cookie(kept)).hasStatusOk()
			.bodyText()
			.contains("That email and password do not match an account", "value=\"" + account.getEmail() + "\"");
	}

	@Test
	void preferencesCanBeChanged() {
		Account account = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(this.mvc.get().uri("/settings").with(user(TestAccounts.user(account)))).hasStatusOk()
			.bodyText()
			.contains(account.getEmail(), "<option value=\"Europe/London\" selected=\"selected\">");
		assertThat(settings(account, "displayName", "Sam", "timeZone", "Australia/Sydney", "unit", "OZ"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/settings");
		Account changed = this.repository.findById(account.getId()).orElseThrow();
		assertThat(changed.getDisplayName()).isEqualTo("Sam");
		assertThat(changed.getZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
		assertThat(changed.getUnit()).isEqualTo(VolumeUnit.OZ);
		assertThat(changed.isWeeklySummary()).as("off unless asked for").isFalse();

		// The weekly summary: asked for with its switch, off again when the box is left
		// unticked; with no mail server here, the page says none is sent for now.
		assertThat(settings(account, "displayName", "Sam", "timeZone", "Australia/Sydney", "unit", "OZ",
				"weeklySummary", "true", "_weeklySummary", "on"))
			.hasRedirectedUrl("/settings");
		assertThat(this.repository.findById(account.getId()).orElseThrow().isWeeklySummary()).isTrue();
		assertThat(this.mvc.get().uri("/settings").with(user(TestAccounts.user(account)))).bodyText()
			.containsPattern("id=\"weeklySummary\"[^>]*checked")
			.contains("Email is off on this server for now");
		assertThat(settings(account, "displayName", "Sam", "timeZone", "Australia/Sydney", "unit", "OZ",
				"_weeklySummary", "on"))
			.hasRedirectedUrl("/settings");
		assertThat(this.repository.findById(account.getId()).orElseThrow().isWeeklySummary()).isFalse();

		assertThat(settings(account, "displayName", "", "timeZone", "Nowhere/Land", "unit", "OZ")).hasStatusOk()
			.bodyText()
			.contains("Please tell us what to call you");
	}

	@Test
	void thePasswordChangesOnlyWithTheCurrentOne() {
		Account account = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(this.mvc.post()
			.uri("/settings/password")
			.with(user(TestAccounts.user(account)))
			.with(csrf())
			.param("currentPassword", "a wrong password")
			.param("newPassword", "a brand new password")).hasStatusOk()
			.bodyText()
			.contains("That is not your current password");
		assertThat(this.mvc.post()
			.uri("/settings/password")
			.with(user(TestAccounts.user(account)))
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "a brand new password")).hasStatus3xxRedirection();
		assertThat(this.mvc.perform(formLogin().user(account.getEmail()).password("a brand new password")))
			.hasRedirectedUrl("/");
		assertThat(this.mvc.perform(formLogin().user(account.getEmail()).password(TestAccounts.PASSWORD)))
			.hasRedirectedUrl("/login?error");
	}

	/** Posts the settings form as this account, with these field names and values. */
	private MvcTestResult settings(Account account, String... fields) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/settings")
			.with(user(TestAccounts.user(account)))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult signUp(String email, String password, String name, String zone, String unit) {
		return this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", email)
			.param("password", password)
			.param("displayName", name)
			.param("timeZone", zone)
			.param("unit", unit)
			.exchange();
	}

	private static String uniqueEmail() {
		return "signup-" + UUID.randomUUID() + "@example.com";
	}

}
