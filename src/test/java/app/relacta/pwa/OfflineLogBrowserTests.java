package app.relacta.pwa;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging at 3 AM with no signal: with Chromium's network switched off, two sessions are
 * kept on the phone; when the network is back, one reaches the journal and the other,
 * which overlaps a logged session, is shown with the journal's reason, not dropped.
 * Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class OfflineLogBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	private String workerSession;

	@Test
	void sessionsLoggedWithNoNetworkAreSentWhenItComesBack() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
		this.journal.log(parent.getId(), new SessionEntry(now.minusHours(6), 20, SessionMethod.DOUBLE_PUMP, null, null,
				null, false, false, false, false, "Logged online", null));
		logIn(parent.getEmail());
		open("/journal/new");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));

		this.browser.executeCdpCommand("Network.enable", Map.of());
		network(false);
		try {
			wait.until((driver) -> Boolean.FALSE.equals(this.browser.executeScript("return navigator.onLine")));
			type(now.minusHours(3), "Logged with no signal");
			wait.until((driver) -> text("#sync-status").contains("Saved on this phone"));
			fullPage("52-offline-saved-phone");
			type(now.minusHours(6).plusMinutes(5), "Overlaps the one logged online");
			wait.until((driver) -> storedCount() == 2);
		}
		finally {
			network(true);
		}
		wait.until((driver) -> text("#sync-status").contains("Synced"));
		wait.until((driver) -> text("#sync-refused").contains("was not logged"));
		assertThat(text("#sync-refused")).contains("overlaps");
		fullPage("53-offline-synced-phone");
		open("/journal");
		assertThat(text("main")).contains("Logged with no signal").doesNotContain("Overlaps the one logged online");
		open("/");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> text("#sync-refused").contains("was not logged"));
	}

	@Test
	void withNoNetworkTheAppOpensOnAFormAndATimerThatKeepTheSessionOnThePhone() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.OZ);
		logIn(parent.getEmail());
		open("/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.until((driver) -> Boolean.TRUE.equals(this.browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));")));
		this.browser.navigate().refresh();
		wait.until((driver) -> Boolean.TRUE
			.equals(this.browser.executeScript("return !!navigator.serviceWorker.controller")));

		workerNetwork(false);
		try {
			open("/journal/new");
			assertThat(text("h1")).isEqualTo("No connection just now");
			wait.until((driver) -> byId("offline-log").isDisplayed());
			assertThat(byId("offline-log").getText()).contains("Left (oz)").doesNotContain("Left (mL)");
			byId("offline-timer-start").click();
			assertThat(text("#offline-timer-running")).startsWith("Timer running since");
			byId("offline-timer-stop").click();
			assertThat(byId("durationMinutes").getAttribute("value")).isEqualTo("1");
			byId("leftVolume").sendKeys("0.5");
			byId("notes").sendKeys("Timed with no signal");
			fullPage("54-offline-log-form-phone");
			byId("save-session").click();
			wait.until((driver) -> text("#sync-status").contains("Saved on this phone"));
			assertThat(storedCount()).isEqualTo(1);
		}
		finally {
			workerNetwork(true);
		}
		wait.until((driver) -> text("#sync-status").contains("Synced"));
		open("/journal");
		assertThat(text("main")).contains("Timed with no signal").contains("0.5 oz");

		// Whoever signs out takes the form with them: the page offers it to no one.
		navigate("form.logout button");
		open("/offline");
		assertThat(byId("offline-log").isDisplayed()).isFalse();
		assertThat(text("#offline-meanwhile")).contains("log it as soon as the connection is back");
	}

	/**
	 * Chromium's network emulation on the page does not reach the service worker's own
	 * fetches, so the worker's target is told too, through the session first attached to
	 * it (a second session's "online" would not lift the first one's "offline").
	 */
	private void workerNetwork(boolean on) {
		if (this.workerSession == null) {
			Map<String, Object> targets = this.browser.executeCdpCommand("Target.getTargets", Map.of());
			Map<?, ?> worker = ((List<?>) targets.get("targetInfos")).stream()
				.map(Map.class::cast)
				.filter((target) -> "service_worker".equals(target.get("type")))
				.findFirst()
				.orElseThrow();
			this.workerSession = (String) this.browser
				.executeCdpCommand("Target.attachToTarget",
						Map.of("targetId", worker.get("targetId"), "flatten", false))
				.get("sessionId");
			toWorker(1, "Network.enable", "{}");
		}
		toWorker(2, "Network.emulateNetworkConditions",
				"{\"offline\":" + !on + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
		network(on);
	}

	private void toWorker(int id, String method, String params) {
		this.browser.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", this.workerSession, "message",
				"{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}"));
	}

	private void type(LocalDateTime start, String notes) {
		this.browser.executeScript("document.getElementById('startedAt').value = arguments[0];"
				+ "document.getElementById('notes').value = arguments[1];", start.toString(), notes);
		byId("save-session").click();
	}

	private long storedCount() {
		Object count = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const request = indexedDB.open('relacta-offline', 1);
				request.onsuccess = () => {
				  const count = request.result.transaction('pending').objectStore('pending').count();
				  count.onsuccess = () => done(count.result);
				};""");
		return ((Number) count).longValue();
	}

	private void network(boolean on) {
		this.browser.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", !on, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

}
