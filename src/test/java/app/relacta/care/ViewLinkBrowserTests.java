package app.relacta.care;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent makes a link for Grandma on a phone; Grandma, with no account, opens it and
 * sees the chart and the days; the parent sees her visit. Screenshots go to
 * target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class ViewLinkBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Test
	void grandmaOpensTheLinkWithoutAnAccount() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
		for (int day = 6; day >= 0; day--) {
			this.journal.log(parent.getId(),
					new SessionEntry(now.minusDays(day).minusHours(2), 20, SessionMethod.DOUBLE_PUMP, null, null,
							BigDecimal.valueOf(10L + 12L * (6 - day)), false, false, false, false, null, null));
		}
		logIn(parent.getEmail());
		open("/sharing");
		byId("label").sendKeys("Grandma");
		navigate("#link-form button[type=submit]");
		String link = byId("new-link-url").getAttribute("value");
		assertThat(link).contains("/shared/");
		fullPage("49-sharing-link-made-phone");

		navigate("form.logout button");
		this.browser.get(link);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> Boolean.TRUE
			.equals(this.browser.executeScript("return !!(window.Chart && Chart.getChart('supply-chart'))")));
		assertThat(text("h1")).contains("How Test parent’s supply is going");
		assertThat(this.browser.findElements(By.cssSelector(".day-table tbody tr"))).hasSizeGreaterThanOrEqualTo(7);
		assertThat(this.browser.findElements(By.cssSelector(".main-nav"))).isEmpty();
		fullPage("50-shared-progress-phone");

		logIn(parent.getEmail());
		open("/sharing");
		assertThat(text("#links")).contains("Grandma", "opened once");
		assertThat(text("#views")).contains("The link for “Grandma”");
	}

}
