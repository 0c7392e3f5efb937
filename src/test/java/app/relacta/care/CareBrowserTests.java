package app.relacta.care;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import app.relacta.BrowserSupport;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care team in two phones: a parent invites, a consultant signs up, accepts, reviews
 * and leaves a note, the parent reads it and stops sharing, and the consultant's next
 * page is gone. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class CareBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Test
	void inviteAcceptReviewNoteAndRevokeOnTwoPhones() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logSessions(parent);

		// The parent makes an invitation code.
		logIn(parent.getEmail());
		open("/settings");
		navigate(this.browser.findElement(By.linkText("Sharing and who viewed my data")));
		assertThat(text("main")).contains("Nobody. Your data is yours alone.", "No one has looked at your data yet");
		navigate("#make-code");
		String code = byId("invitation-code").getText();
		assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(byId("invitation-link").getText()).endsWith("/invitations/" + code);
		fullPage("30-sharing-code-phone");

		ChromeDriver parentPhone = this.browser;
		this.browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
		try {
			// A consultant signs up, enters the code and accepts.
			open("/signup");
			this.browser.findElement(By.cssSelector("input[name=role][value=CONSULTANT]")).click();
			byId("email").sendKeys("consultant-" + UUID.randomUUID() + "@example.com");
			byId("password").sendKeys(TestAccounts.PASSWORD);
			byId("displayName").sendKeys("Alex Kim");
			new Select(byId("timeZone")).selectByValue("Europe/London");
			byId("credential").sendKeys("IBCLC");
			byId("practice").sendKeys("Milk Matters");
			fullPage("31-signup-consultant-phone");
			navigate("main form button[type=submit]");
			assertThat(text("main")).contains("Your clients", "No clients yet");
			byId("code").sendKeys(code.toLowerCase());
			navigate("form[action$='/clients'] button");
			assertThat(text("main")).contains("Test parent invites you");
			navigate("#accept-invitation");
			assertThat(text(".flash")).contains("Invitation accepted");
			assertThat(text(".client-bar")).contains("Test parent", "Read-only");
			assertThat(this.browser.findElements(By.id("timer-start"))).isEmpty();
			assertThat(this.browser.findElements(By.id("log-session"))).isEmpty();

			// Review, then leave a note.
			assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
			fullPage("32-client-today-phone");
			byId("body").sendKeys("Lovely steady nights. Keep the 2 AM session; it matters most for supply.");
			navigate("#leave-note");
			assertThat(text(".flash")).contains("Your note is on their Today page");
			navigate(this.browser.findElement(By.cssSelector(".client-bar")).findElement(By.linkText("Journal")));
			assertThat(text("main")).contains("03:00", "Comment on this day");
			WebElement session = this.browser.findElement(By.cssSelector("ul.sessions li"));
			session.findElement(By.tagName("summary")).click();
			session.findElement(By.tagName("textarea")).sendKeys("A 3 AM session: right in the prolactin hours.");
			navigate(session.findElement(By.cssSelector(".comment-form button")));
			assertThat(text("ul.sessions li .comment")).contains("Alex Kim, IBCLC", "right in the prolactin hours");
			assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
			fullPage("33-client-journal-phone");
			open("/clients");
			assertThat(text(".client-list")).contains("Test parent", "Day 1");
			assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
			fullPage("33-clients-one-phone");
			String clientUrl = "/clients/" + parent.getId();

			// The parent reads the note, sees who looked, and stops sharing.
			ChromeDriver consultantPhone = this.browser;
			this.browser = parentPhone;
			open("/");
			// A one-line preview until opened: the first screen stays for what is due.
			assertThat(text("#notes")).contains("From your consultant", "Keep the 2 AM session")
				.doesNotContain("Alex Kim, IBCLC");
			this.browser.findElement(By.cssSelector("#notes summary")).click();
			assertThat(text("#notes")).contains("Alex Kim, IBCLC");
			this.browser.executeScript("document.getElementById('notes').scrollIntoView({behavior: 'instant'})");
			BrowserSupport.screenshot(this.browser, "34-today-note-phone");
			open("/journal");
			WebElement thread = this.browser.findElement(By.cssSelector("ul.sessions li .comments"));
			assertThat(thread.getText()).contains("right in the prolactin hours");
			thread.findElement(By.tagName("summary")).click();
			thread.findElement(By.tagName("textarea")).sendKeys("Thank you! The alarm was hard, but worth it.");
			navigate(thread.findElement(By.cssSelector(".comment-form button")));
			assertThat(text("ul.sessions li .comments")).contains("Test parent", "The alarm was hard");
			assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
			fullPage("34-journal-answered-phone");
			open("/sharing");
			assertThat(text("main")).contains("Alex Kim, IBCLC", "Milk Matters", "Today page", "Journal");
			fullPage("35-sharing-shared-phone");
			navigate(".stop-sharing");
			assertThat(text(".flash")).contains("Sharing stopped");
			assertThat(text("main")).contains("Shared before");

			// The consultant's very next request finds nothing.
			this.browser = consultantPhone;
			open(clientUrl);
			assertThat(text("main")).doesNotContain("Test parent").contains("could not find that page");
			BrowserSupport.screenshot(this.browser, "36-client-gone-phone");
			open("/clients");
			assertThat(text("main")).contains("No clients yet");
			this.browser.quit();
		}
		finally {
			this.browser = parentPhone;
		}
	}

	/** Last night’s sessions in London, so the journal has a day to comment on. */
	private void logSessions(Account parent) {
		LocalDateTime today = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.DAYS).minusDays(1);
		for (int hour : new int[] { 0, 3 }) {
			assertThat(this.journal
				.log(parent.getId(),
						new SessionEntry(today.plusHours(hour), 20, SessionMethod.DOUBLE_PUMP, null, null,
								new BigDecimal("12"), false, false, false, false, null, null))
				.id()).isPositive();
		}
	}

}
