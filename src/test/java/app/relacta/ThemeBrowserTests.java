package app.relacta;

import java.time.Instant;
import java.time.ZoneId;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Light and dark: the pages follow the phone, Today is dim in the parent's night hours,
 * and Settings can make this device always light or always dark. Screenshots go to
 * target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class ThemeBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Test
	void todayIsDimAtNightAndSettingsChooseLightOrDarkForThisDevice() {
		// A parent for whom it is now between 01:00 and 03:00, inside the default night
		// window.
		String zone = ZoneId.getAvailableZoneIds()
			.stream()
			.filter((id) -> id.matches("(Europe|America|Asia|Africa|Australia|Pacific)/[A-Za-z_]+"))
			.sorted()
			.filter((id) -> Instant.now().atZone(ZoneId.of(id)).getHour() >= 1
					&& Instant.now().atZone(ZoneId.of(id)).getHour() < 3)
			.findFirst()
			.orElseThrow();
		Account parent = TestAccounts.parent(this.accounts, zone, VolumeUnit.ML);
		logIn(parent.getEmail());
		BrowserSupport.preferColorScheme(this.browser, "light");

		open("/");
		assertThat(this.browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("class"))
			.contains("night");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("Today at night").isLessThan(60);
		fullPage("56-today-night-phone");
		open("/journal");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("other pages follow the phone")
			.isGreaterThan(200);

		choose("LIGHT");
		open("/");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("always light").isGreaterThan(200);

		choose("DARK");
		open("/journal");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("always dark").isLessThan(60);
		open("/settings");
		assertThat(byId("theme-DARK").isSelected()).isTrue();
		fullPage("57-settings-dark-phone");

		choose("SYSTEM");
		open("/journal");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("like the phone again").isGreaterThan(200);
		BrowserSupport.preferColorScheme(this.browser, "dark");
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).isLessThan(60);
		BrowserSupport.preferColorScheme(this.browser, "light");
	}

	private void choose(String theme) {
		open("/settings");
		label("theme-" + theme).click();
		navigate("#save-theme");
		assertThat(text("main")).contains("Saved for this device.");
	}

}
