package app.relacta.wellbeing;

import app.relacta.BrowserSupport;
import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 390 px, one-handed: a parent logs skin-to-skin in a tap, checks in on their mood
 * (shared with their consultant) and notes a herb; each shows on their Today, and in
 * their consultant's view of it. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class WellbeingBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private InvitationService invitations;

	@Test
	void skinToSkinAMoodCheckInAndAMedicationOnTodayAndInTheConsultantsView() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		Account consultant = TestAccounts.consultant(this.accounts, "Alex Kim");
		TestCare.share(this.invitations, parent, consultant);

		logIn(parent.getEmail());
		// Today's cards are one line each until opened.
		assertThat(text("#closeness")).contains("Skin-to-skin today: 0");
		openCard("closeness");
		navigate("#log-skin");
		assertThat(text(".flash")).contains("Skin-to-skin noted");
		assertThat(text("#closeness")).contains("Skin-to-skin today: 1");
		openCard("plan-today");
		assertThat(text("ul.checklist li[data-rule=R8]")).contains("Skin-to-skin time with your baby");
		assertThat(this.browser.findElement(org.openqa.selenium.By.cssSelector("ul.checklist li[data-rule=R8]"))
			.getDomAttribute("class")).isEqualTo("done");

		openCard("mood");
		label("moodShared").click();
		navigate("#mood-okay");
		assertThat(text(".flash")).contains("Thank you for checking in");
		assertThat(text("#mood")).contains("Today you feel: okay.");

		openCard("medications");
		navigate("#open-medications");
		byId("name").sendKeys("Fenugreek");
		byId("amount").sendKeys("3 capsules a day");
		byId("suggestedBy").sendKeys("a friend");
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
		fullPage("40-medications-phone");
		navigate("#save-medication");
		assertThat(text(".flash")).contains("Noted");
		assertThat(text(".medication-list")).contains("Fenugreek", "3 capsules a day", "suggested by a friend");

		open("/");
		assertThat(text("#closeness")).contains("Skin-to-skin today: 1");
		assertThat(text("#mood")).contains("Today you feel: okay.");
		openCard("medications");
		assertThat(text("#medications")).contains("Fenugreek", "3 capsules a day");
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
		assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
		fullPage("41-today-wellbeing-phone");

		ChromeDriver parentPhone = this.browser;
		this.browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
		try {
			logIn(consultant.getEmail());
			open("/clients/" + parent.getId());
			assertThat(text("#closeness")).contains("Skin-to-skin today: 1");
			assertThat(text("#mood")).contains("Today Test parent feels: okay.");
			assertThat(text("#medications")).contains("Fenugreek");
			assertThat(this.browser.findElements(org.openqa.selenium.By.id("log-skin"))).isEmpty();
			assertThat(this.browser.findElements(org.openqa.selenium.By.cssSelector("#mood form"))).isEmpty();
			assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
			fullPage("42-client-today-wellbeing-phone");
			open("/clients/" + parent.getId() + "/progress");
			assertThat(text("#medications")).contains("Fenugreek");
			this.browser.quit();
		}
		finally {
			this.browser = parentPhone;
		}
	}

	/** Opens one of Today's folded cards, as a tap on its line does. */
	private void openCard(String id) {
		inView(this.browser.findElement(org.openqa.selenium.By.cssSelector("#" + id + " > summary"))).click();
	}

}
