package app.relacta.today;

import java.time.Duration;
import java.util.UUID;

import app.relacta.BrowserSupport;
import app.relacta.PhoneBrowserTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Today page as a parent meets it on a phone: the first-run questions, the plan, the
 * session timer that fills in the log form, and the power-pumping timer. Screenshots go
 * to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class TodayBrowserTests extends PhoneBrowserTests {

	@Test
	void aParentSetsUpTheirPlanAndUsesTheTimersAtPhoneWidth() {
		open("/signup");
		byId("email").sendKeys("today-" + UUID.randomUUID() + "@example.com");
		byId("password").sendKeys("a long enough password");
		byId("displayName").sendKeys("Ana");
		new Select(byId("timeZone")).selectByValue("UTC");
		navigate("main form button[type=submit]");

		// Sign-up goes straight to the plan's questions; skipped, Today offers them
		// again.
		assertThat(text("h1")).isEqualTo("Your plan, step 1 of 3");
		open("/");
		assertThat(text("main")).contains("Hello, Ana", "Log a session whenever you are ready",
				"0 of 10 sessions so far");
		navigate(this.browser.findElement(By.linkText("Set up my plan")));

		assertThat(text("h1")).isEqualTo("Your plan, step 1 of 3");
		fullPage("10-setup-step1-phone");
		navigate("main form button[type=submit]");
		assertThat(text("h1")).isEqualTo("Your plan, step 2 of 3");
		label("babyLatches").click();
		byId("supplementVolume").sendKeys("300");
		new Select(byId("supplementKind")).selectByValue("FORMULA");
		fullPage("11-setup-step2-phone");
		navigate("main form button[type=submit]");
		assertThat(text("h1")).isEqualTo("Your plan, step 3 of 3");
		fullPage("12-setup-step3-phone");
		navigate("main form button[type=submit]");

		assertThat(text(".flash")).contains("Your plan is ready");
		// The checklist is folded to one line until opened: what it holds is there.
		assertThat((String) this.browser.executeScript("return document.querySelector('main').textContent"))
			.contains("nursing system or a syringe", "Relacta needs a little more from the Baby page")
			.doesNotContain("Set up my plan");

		// The session timer: start, stop, and the log form is filled in.
		navigate("#timer-start");
		assertThat(text("#timer")).contains("Session timer: started at");
		BrowserSupport.screenshot(this.browser, "13-timer-running-phone");
		navigate("#timer-stop");
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/journal/new"));
		assertThat(this.browser.getCurrentUrl()).contains("/journal/new?startedAt=");
		assertThat(byId("durationMinutes").getDomProperty("value")).isEqualTo("1");
		byId("totalVolume").sendKeys("12");
		navigate("#save-session");
		assertThat(text(".flash")).contains("Session logged");

		open("/");
		assertThat(text("#today-sessions")).isEqualTo("1 / 10");
		assertThat(text("#today-total")).isEqualTo("12 mL");
		assertThat(text(".next")).contains("Next session due at");
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
		fullPage("14-today-phone");
		this.browser.executeScript("window.scrollTo(0, 0)");
		BrowserSupport.screenshot(this.browser, "14-today-phone-top");
		BrowserSupport.preferColorScheme(this.browser, "dark");
		fullPage("15-today-dark-phone");
		BrowserSupport.preferColorScheme(this.browser, "light");

		// The guided power-pumping hour.
		navigate("#power-start");
		assertThat(text("#timer")).contains("Power pumping", "Pump 20 min", "Pump now:");
		BrowserSupport.screenshot(this.browser, "16-power-pumping-phone");
		navigate("#timer-stop");
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("powerPump=true"));
		assertThat(byId("powerPump").isSelected()).isTrue();

		open("/plan");
		// The rule table, reference material, is folded by group; a tap opens a group.
		assertThat(text("main")).contains("The rules and where they come from", "Your baby first", "4 rules")
			.doesNotContain("R14");
		inView(this.browser.findElement(By.cssSelector("#rules-baby > summary"))).click();
		assertThat(byId("rule-R14").isDisplayed()).isTrue();
		// A link to the signs (from Today) opens their group.
		open("/plan#help");
		assertThat(byId("rule-F1").isDisplayed()).isTrue();
		assertThat(byId("rule-M3").isDisplayed()).isFalse();
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
		fullPage("17-plan-phone");
	}

}
