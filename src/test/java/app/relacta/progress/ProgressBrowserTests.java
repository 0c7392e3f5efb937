package app.relacta.progress;

import java.time.Duration;

import app.relacta.BrowserSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo parent's progress chart really draws, at phone and desktop width, in light and
 * dark, with no console errors (the CSP allows only the app's own scripts).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "relacta.demo.enabled=true")
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class ProgressBrowserTests {

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDemoChartDrawsOnAPhone() {
		showProgress(BrowserSupport.PHONE_WIDTH, 844, true, "light", "20-progress-phone");
	}

	@Test
	void theDemoChartDrawsOnADesktopInDarkMode() {
		showProgress(1280, 900, false, "dark", "21-progress-desktop-dark");
	}

	private void showProgress(int width, int height, boolean mobile, String scheme, String screenshot) {
		this.browser = BrowserSupport.start(width, height, mobile);
		BrowserSupport.preferColorScheme(this.browser, scheme);
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("demo@relacta.example");
		this.browser.findElement(By.id("password")).sendKeys("relacta-demo");
		BrowserSupport.clickAndWaitForPage(this.browser,
				this.browser.findElement(By.cssSelector("main form button[type=submit]")));
		this.browser.get("http://localhost:" + this.port + "/progress?range=30");

		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> "true"
			.equals(this.browser.findElement(By.id("supply-chart")).getDomAttribute("data-drawn")));
		assertThat(BrowserSupport.paintedPixels(this.browser, "supply-chart")).isGreaterThan(1000);
		assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the screen").isZero();
		String text = this.browser.findElement(By.tagName("main")).getText();
		assertThat(text).contains("Your first drops", "Your best day so far", "Day by day, like the diary");
		BrowserSupport.fullPageScreenshot(this.browser, screenshot, width, height, mobile);
		this.browser.executeScript("document.getElementById('supply-chart').scrollIntoView({block: 'center'})");
		BrowserSupport.screenshot(this.browser, screenshot + "-chart");
	}

}
