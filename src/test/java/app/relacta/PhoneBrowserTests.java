package app.relacta;

import app.relacta.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the real-browser tests at phone width: the running application, a Chromium
 * per test, and what a person does (open a page, read, type, tap). Subclasses carry
 * {@code @EnabledIf("app.relacta.BrowserSupport#chromiumAvailable")}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class PhoneBrowserTests {

	protected static final int PHONE_HEIGHT = 844;

	@LocalServerPort
	private int port;

	protected ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	/** The port of the running application, for a client beside the browser. */
	protected int port() {
		return this.port;
	}

	protected void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	protected WebElement byId(String id) {
		return this.browser.findElement(By.id(id));
	}

	protected String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	/** The label around an input (what a thumb taps for a switch), scrolled into view. */
	protected WebElement label(String inputId) {
		return inView(byId(inputId).findElement(By.xpath("./ancestor::label")));
	}

	/** Something scrolled to the middle of the screen, ready for a thumb. */
	protected WebElement inView(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	/** Taps something that loads the next page, and waits for it. */
	protected void navigate(WebElement element) {
		BrowserSupport.clickAndWaitForPage(this.browser, element);
	}

	/** Taps what a CSS selector finds, which loads the next page, and waits for it. */
	protected void navigate(String css) {
		BrowserSupport.clickAndWaitForPage(this.browser, css);
	}

	/** Logs in with the test accounts' password. */
	protected void logIn(String email) {
		open("/login");
		byId("username").sendKeys(email);
		byId("password").sendKeys(TestAccounts.PASSWORD);
		navigate("main form button[type=submit]");
	}

	protected void fullPage(String name) {
		BrowserSupport.fullPageScreenshot(this.browser, name, BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
	}

}
