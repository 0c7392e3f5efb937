package app.relacta.today;

import java.util.List;

import app.relacta.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the 3 AM test looks for on Today's first screen (issue 27): when the next session
 * is due, the timer, and the quick log's milk field and save button, inside the viewport
 * without scrolling, on a page no wider than the phone.
 */
final class FirstScreen {

	/** What must be on the first screen, without scrolling. */
	static final List<String> HELD = List.of("[data-next-due]", "#timer-start", "#quick-total", "#quick-save");

	private FirstScreen() {
	}

	static void assertHeld(ChromeDriver browser, String screenshot) {
		Number height = (Number) browser.executeScript("return window.innerHeight");
		for (String css : HELD) {
			WebElement element = browser.findElement(By.cssSelector(css));
			Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top", element);
			Number bottom = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom",
					element);
			assertThat(element.isDisplayed()).as("%s shown", css).isTrue();
			assertThat(top.doubleValue()).as("%s below the top", css).isGreaterThanOrEqualTo(0);
			assertThat(bottom.doubleValue()).as("%s on the first screen (%s px tall)", css, height)
				.isLessThanOrEqualTo(height.doubleValue());
		}
		assertThat(BrowserSupport.horizontalOverflow(browser)).as("page wider than the phone").isZero();
		BrowserSupport.screenshot(browser, screenshot);
	}

}
