package app.relacta.pwa;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: Chromium finds the app installable (manifest and worker), the worker keeps
 * the static files and the page for no network (and nothing with the parent's data), and
 * logging out leaves nothing kept. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class AppShellBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Test
	void relactaIsInstallableKeepsOnlyWhatIsSafeAndForgetsItAtLogout() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.until((driver) -> Boolean.TRUE
			.equals(this.browser.executeScript(
					"return !!navigator.serviceWorker.controller || (window.__ready = window.__ready || false)"))
				|| ready());
		Map<String, Object> installability = this.browser.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
		assertThat((List<?>) installability.get("installabilityErrors")).as("Chromium's install checks").isEmpty();
		Map<String, Object> manifest = this.browser.executeCdpCommand("Page.getAppManifest", Map.of());
		assertThat((String) manifest.get("url")).endsWith("/manifest.webmanifest");
		assertThat((List<?>) manifest.get("errors")).isEmpty();
		wait.until((driver) -> cachedFiles() > 0);

		// The page for no network is kept on the phone, ready before it is needed.
		Object offline = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.match('/offline').then((page) => page ? page.text() : '').then(done);""");
		assertThat((String) offline).contains("No connection just now").doesNotContain(parent.getEmail());
		open("/offline");
		fullPage("51-offline-phone");
		open("/");
		navigate("form.logout button");
		wait.until((driver) -> cachedFiles() == 0);
	}

	private boolean ready() {
		Object ready = this.browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));");
		return Boolean.TRUE.equals(ready);
	}

	private long cachedFiles() {
		Object count = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.keys().then((names) => Promise.all(names.map((name) => caches.open(name).then((c) => c.keys()))))
				  .then((lists) => done(lists.reduce((sum, list) => sum + list.length, 0)));""");
		return ((Number) count).longValue();
	}

}
