package app.relacta.today;

import java.time.Duration;
import java.time.Instant;

import app.relacta.BrowserSupport;
import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 3 AM test (issue 27): at 390 x 844, on a cold open of Today, when the next session
 * is due, the timer and the quick log's milk field and save button are on the first
 * screen, for a new parent and for the demo parent, in light and dark, English and
 * Spanish; one field typed and one tap log a session that ends now.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
@TestPropertySource(properties = "relacta.demo.enabled=true")
class FirstScreenBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNewParentLogsASessionWithOneFieldAndOneTapFromTheFirstScreen() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/");
		assertFirstScreen("65-today-first-screen-new-phone");
		byId("quick-total").sendKeys("42");
		Instant tapped = Instant.now();
		navigate("#quick-save");
		assertThat(this.browser.getCurrentUrl()).contains("/journal");
		assertThat(text("main")).contains("42 mL");
		Instant start = this.jdbc.queryForObject("select started_at from logged_session where parent_id = ?",
				Instant.class, parent.getId());
		// The last session's minutes (20 before the first) end now.
		assertThat(Duration.between(start, tapped).toSeconds()).isCloseTo(20 * 60, within(90L));
	}

	@Test
	void inSpanishAndInTheDarkTheFirstScreenHoldsTheSameAndLogsWithADecimalComma() {
		BrowserSupport.acceptLanguage(this.browser, "es-ES,es;q=0.9");
		BrowserSupport.preferColorScheme(this.browser, "dark");
		Account parent = TestAccounts.parent(this.accounts, "Europe/Madrid", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/");
		assertThat(text("#quick-log")).contains("Leche de la sesión que acaba de terminar");
		assertFirstScreen("66-today-first-screen-es-dark-phone");
		byId("quick-total").sendKeys("12,5");
		navigate("#quick-save");
		assertThat(text("main")).contains("12,5 mL");
	}

	@Test
	void theDemoParentsFirstScreenHoldsWhatIsDueTheTimerAndTheQuickLog() {
		open("/login");
		byId("username").sendKeys("demo@relacta.example");
		byId("password").sendKeys("relacta-demo");
		navigate("main form button[type=submit]");
		open("/");
		assertFirstScreen("67-today-first-screen-demo-phone");
		long height = ((Number) this.browser.executeScript("return document.documentElement.scrollHeight")).longValue();
		System.out.printf("Today for the demo parent at 390 px: %d px tall%n", height);
		fullPage("67-today-demo-phone");
	}

	private void assertFirstScreen(String screenshot) {
		FirstScreen.assertHeld(this.browser, screenshot);
	}

}
