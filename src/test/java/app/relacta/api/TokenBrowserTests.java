package app.relacta.api;

import java.time.Duration;

import app.relacta.BrowserSupport;
import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent makes a token on a phone, a script uses it, the parent sees its last use and
 * revokes it; the API's manual opens in the browser. Screenshots go to
 * target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class TokenBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Test
	void aParentMakesAReadOnlyTokenUsesItFromAScriptAndRevokesIt() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/settings");
		navigate(".tokens-link a");
		assertThat(byId("no-tokens").getText()).contains("No tokens");

		navigate("#token-form button[type=submit]");
		assertThat(text("#name-error")).contains("name");

		byId("name").sendKeys("Home dashboard");
		label("access1").click();
		navigate("#token-form button[type=submit]");
		String secret = byId("new-token-secret").getAttribute("value");
		assertThat(secret).startsWith("rlc_");
		assertThat(text("#new-token")).contains("not shown again");
		fullPage("43-api-token-made-phone");

		ApiClient script = new ApiClient(port());
		assertThat(script.get("/api/v1/sessions", secret).status()).isEqualTo(200);
		open("/settings/tokens");
		assertThat(this.browser.findElements(By.id("new-token"))).as("the secret is shown once").isEmpty();
		assertThat(text(".token-list li")).contains("Home dashboard").contains("Read only").contains("last used");
		fullPage("44-api-tokens-phone");

		navigate(".token-list li form button");
		assertThat(text("#token-revoked")).contains("Home dashboard");
		assertThat(script.get("/api/v1/sessions", secret).status()).isEqualTo(401);
	}

	@Test
	void theApiManualOpens() {
		BrowserSupport.viewport(this.browser, 1280, 900, false);
		open("/swagger-ui.html");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		assertThat(text(".info .title")).contains("Relacta API");
		assertThat(this.browser.findElements(By.cssSelector(".opblock-tag"))).hasSizeGreaterThanOrEqualTo(5);
		BrowserSupport.screenshot(this.browser, "45-api-manual-desktop");
	}

}
