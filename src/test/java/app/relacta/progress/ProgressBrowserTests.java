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
 * dark, with no console errors (the CSP allows only the app's own scripts); and the demo
 * consultant's client list and view of that chart.
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

	/**
	 * The demo consultant's client list, and the demo parent's chart as the consultant
	 * sees it (drawn from the client's own daily.json).
	 */
	@Test
	void theDemoConsultantSeesTheirClientsAndTheDemoChart() {
		this.browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 844, true);
		logIn("consultant@relacta.example");
		assertThat(this.browser.getCurrentUrl()).endsWith("/clients");
		String list = this.browser.findElement(By.className("client-list")).getText();
		assertThat(list).contains("Demo parent", "Jo", "Priya");
		assertThat(this.browser.findElements(By.cssSelector(".client.needs-attention"))).isNotEmpty();
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the screen").isZero();
		BrowserSupport.fullPageScreenshot(this.browser, "22-clients-demo-phone", BrowserSupport.PHONE_WIDTH, 844, true);
		BrowserSupport.clickAndWaitForPage(this.browser, this.browser.findElement(By.linkText("Demo parent")));
		this.browser.get(this.browser.getCurrentUrl() + "/progress?range=30");
		waitForTheChart("23-client-progress-phone", BrowserSupport.PHONE_WIDTH, 844, true);
	}

	private void logIn(String email) {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys("relacta-demo");
		BrowserSupport.clickAndWaitForPage(this.browser,
				this.browser.findElement(By.cssSelector("main form button[type=submit]")));
	}

	private void showProgress(int width, int height, boolean mobile, String scheme, String screenshot) {
		this.browser = BrowserSupport.start(width, height, mobile);
		BrowserSupport.preferColorScheme(this.browser, scheme);
		logIn("demo@relacta.example");
		this.browser.get("http://localhost:" + this.port + "/progress?range=30");
		waitForTheChart(screenshot, width, height, mobile);
	}

	private void waitForTheChart(String screenshot, int width, int height, boolean mobile) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> "true"
			.equals(this.browser.findElement(By.id("supply-chart")).getDomAttribute("data-drawn")));
		assertThat(BrowserSupport.paintedPixels(this.browser, "supply-chart")).isGreaterThan(1000);
		assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
		assertThat(BrowserSupport.horizontalOverflow(this.browser)).as("page wider than the screen").isZero();
		String text = this.browser.findElement(By.tagName("main")).getText();
		// The parent reads "Your first drops", their consultant "Demo parent’s first
		// drops".
		assertThat(text).containsPattern("(Your|Demo parent’s) first drops")
			.containsPattern("(Your|Demo parent’s) best day so far")
			.contains("Day by day, like the diary");
		BrowserSupport.fullPageScreenshot(this.browser, screenshot, width, height, mobile);
		this.browser.executeScript("document.getElementById('supply-chart').scrollIntoView({block: 'center'})");
		BrowserSupport.screenshot(this.browser, screenshot + "-chart");
	}

}
