package app.relacta.reminders;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: the reminders page at 390 px, what the page says when the browser cannot
 * reach its push service, and the service worker showing a pushed reminder as a
 * notification (delivered through Chromium's DevTools, as a push service would).
 * Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class ReminderBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Test
	void thePhoneShowsAPushedReminderAndThePageExplainsWhatItCannotDo() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/settings");
		navigate(".reminders-link a");
		assertThat(text("h1")).isEqualTo("Reminders");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.until((driver) -> Boolean.TRUE.equals(this.browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));")));
		assertThat(byId("label").getAttribute("value")).as("a name guessed from the browser").isNotBlank();
		String origin = "http://localhost:" + port();
		this.browser.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", origin, "permissions", List.of("notifications")));

		// With no push service to reach (this machine has no network), the page says so.
		inView(byId("push-on")).click();
		// (It waits 15 s for the push service before it says so.)
		new WebDriverWait(this.browser, Duration.ofSeconds(25)).until((driver) -> byId("push-failed").isDisplayed());
		assertThat(text("#push-failed")).contains("could not turn reminders on just now");
		fullPage("55-reminders-phone");

		// A push message, as a push service delivers it, becomes a notification.
		this.browser.executeCdpCommand("ServiceWorker.enable", Map.of());
		String message = "{\"title\":\"Time for a session\",\"body\":\"Your next session is due now (14:30).\","
				+ "\"url\":\"/\",\"tag\":\"session-due\"}";
		deliver(origin, message);
		wait.until((driver) -> notifications().contains("Time for a session"));
		assertThat(notifications()).contains("Your next session is due now (14:30).");
	}

	/**
	 * The worker's registration id is not known to the page (Chromium numbers them, and
	 * an id that is not a registration is not always refused): the message goes to every
	 * id Chromium takes it for.
	 */
	private void deliver(String origin, String message) {
		int taken = 0;
		for (int id = 0; id < 20; id++) {
			try {
				this.browser.executeCdpCommand("ServiceWorker.deliverPushMessage",
						Map.of("origin", origin, "registrationId", String.valueOf(id), "data", message));
				taken++;
			}
			catch (WebDriverException ex) {
				// Not a registration.
			}
		}
		assertThat(taken).as("registrations that took the push message").isPositive();
	}

	private String notifications() {
		Object shown = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready
				  .then((registration) => registration.getNotifications())
				  .then((list) => done(list.map((n) => n.title + ' | ' + n.body + ' | ' + n.tag).join('\\n')));""");
		return String.valueOf(shown);
	}

}
