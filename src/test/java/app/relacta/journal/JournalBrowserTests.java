package app.relacta.journal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import app.relacta.BrowserSupport;
import app.relacta.PhoneBrowserTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a parent does, in a real browser at phone width: sign up, log three sessions, see
 * them under today with the right total, get a clear message for a mistyped value, edit
 * one, delete one, log out. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class JournalBrowserTests extends PhoneBrowserTests {

	/**
	 * Zones around the world: one of them always has a local time between 08:00 and
	 * 23:00.
	 */
	private static final List<String> ZONES = List.of("Pacific/Honolulu", "America/Los_Angeles", "America/New_York",
			"America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Auckland");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void parentSignsUpLogsEditsAndDeletesSessionsAtPhoneWidth() {
		ZoneId zone = ZONES.stream()
			.map(ZoneId::of)
			.filter((candidate) -> ZonedDateTime.now(candidate).getHour() >= 8
					&& ZonedDateTime.now(candidate).getHour() < 23)
			.findFirst()
			.orElseThrow();
		LocalDateTime now = LocalDateTime.now(zone);

		open("/signup");
		type("email", "browser-" + UUID.randomUUID() + "@example.com");
		type("password", "a long enough password");
		type("displayName", "Maya");
		new Select(byId("timeZone")).selectByValue(zone.getId());
		BrowserSupport.screenshot(this.browser, "01-signup-phone");
		submit();

		// Straight to the plan's questions, which can wait: skipped here.
		assertThat(this.browser.getCurrentUrl()).endsWith("/plan/setup/1");
		assertThat(text(".flash")).contains("Welcome to Relacta", "skip any of them");
		open("/journal");
		BrowserSupport.screenshot(this.browser, "02-empty-journal-phone");

		logSession(now.minusHours(3), "20", "10", "12.5", null, false, "massage");
		logSession(now.minusHours(2), "15", null, null, "30", false, "handExpression");
		logSession(null, "20", null, null, null, true, null);

		WebElement today = this.browser.findElement(By.cssSelector("article.day"));
		assertThat(today.findElement(By.cssSelector("h2")).getText()).startsWith("Today");
		assertThat(today.findElement(By.cssSelector(".day-count")).getText()).isEqualTo("3 sessions");
		assertThat(today.findElement(By.cssSelector(".day-total")).getText()).isEqualTo("52.5 mL in all");
		assertThat(today.findElements(By.cssSelector("ul.sessions li"))).hasSize(3);
		fullPage("03-journal-three-sessions-phone");
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the phone").isZero();
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).isGreaterThan(200);

		// At 3 AM the phone is in dark mode, and so is Relacta.
		BrowserSupport.preferColorScheme(this.browser, "dark");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).isLessThan(60);
		fullPage("03b-journal-dark-phone");
		BrowserSupport.preferColorScheme(this.browser, "light");

		// On a desktop it reads as well.
		BrowserSupport.viewport(this.browser, 1280, 900, false);
		BrowserSupport.screenshot(this.browser, "03c-journal-desktop");
		BrowserSupport.viewport(this.browser, BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);

		// A mistyped value gets a message beside it, and everything typed stays.
		navigate(this.browser.findElement(By.id("log-session")));
		clearAndType("durationMinutes", "0");
		type("leftVolume", "12,5 ml");
		type("notes", "Tired tonight");
		submit();
		assertThat(text("#durationMinutes-error")).contains("at least 1 minute");
		assertThat(text("#leftVolume-error")).contains("Please enter a number");
		assertThat(byId("leftVolume").getDomProperty("value")).isEqualTo("12,5 ml");
		assertThat(byId("notes").getDomProperty("value")).isEqualTo("Tired tonight");
		fullPage("04-form-errors-phone");
		open("/journal");

		// Edit the 30 mL session to 40 mL.
		navigate(sessionWithAmount("30 mL"));
		clearAndType("totalVolume", "40");
		submit();
		assertThat(text(".flash")).contains("saved");
		assertThat(text("article.day .day-total")).isEqualTo("62.5 mL in all");

		// Delete the drops-only session, after confirming.
		navigate(this.browser.findElements(By.cssSelector("ul.sessions li a.session"))
			.stream()
			.filter((link) -> link.getText().contains("Drops"))
			.findFirst()
			.orElseThrow());
		navigate(this.browser.findElement(By.linkText("Delete this session")));
		BrowserSupport.screenshot(this.browser, "05-confirm-delete-phone");
		navigate(this.browser.findElement(By.id("confirm-delete")));
		assertThat(text(".flash")).contains("deleted");
		assertThat(text("article.day .day-count")).isEqualTo("2 sessions");
		assertThat(text("article.day .day-total")).isEqualTo("62.5 mL in all");

		navigate(this.browser.findElement(By.cssSelector("form.logout button")));
		assertThat(this.browser.getCurrentUrl()).contains("/login");
		assertThat(text("main")).contains("You are logged out");
		open("/journal");
		assertThat(this.browser.getCurrentUrl()).contains("/login");
		BrowserSupport.screenshot(this.browser, "06-logged-out-phone");
	}

	private void logSession(LocalDateTime start, String minutes, String left, String right, String total,
			boolean dropsOnly, String flag) {
		navigate(this.browser.findElement(By.id("log-session")));
		if (start != null) {
			this.browser.executeScript("arguments[0].value = arguments[1]", byId("startedAt"), INPUT.format(start));
		}
		clearAndType("durationMinutes", minutes);
		if (left != null) {
			type("leftVolume", left);
		}
		if (right != null) {
			type("rightVolume", right);
		}
		if (total != null) {
			type("totalVolume", total);
		}
		if (dropsOnly) {
			label("dropsOnly").click();
		}
		if (flag != null) {
			label(flag).click();
		}
		if (start == null) {
			fullPage("03a-log-form-phone");
		}
		submit();
		assertThat(text(".flash")).contains("Session logged");
	}

	private WebElement sessionWithAmount(String amount) {
		return this.browser.findElements(By.cssSelector("ul.sessions li a.session"))
			.stream()
			.filter((link) -> link.findElement(By.cssSelector(".amount")).getText().startsWith(amount))
			.findFirst()
			.orElseThrow();
	}

	private void type(String id, String value) {
		byId(id).sendKeys(value);
	}

	private void clearAndType(String id, String value) {
		byId(id).clear();
		byId(id).sendKeys(value);
	}

	private void submit() {
		BrowserSupport.clickAndWaitForPage(this.browser,
				this.browser.findElement(By.cssSelector("main form button[type=submit]")));
	}

}
