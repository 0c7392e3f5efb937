package app.relacta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page fits a phone (issue 27): at 320 and 390 px, as a visitor, the demo parent
 * and the demo consultant, in English and Spanish, with every fold closed and then
 * opened, nothing scrolls sideways (neither the page nor a box inside it), and every
 * form's submit button takes a tap where a browser scrolls it to (the bottom of the
 * screen, where the "Log a session" bar is). The heights of Today and the plan stay
 * within what a thumb can scroll, and each page is saved as a screenshot at 390 px.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class PhoneWidthBrowserTests extends EveryPageBrowserTests {

	/** The narrowest phone in common use, and the common one. */
	private static final List<Integer> WIDTHS = List.of(320, BrowserSupport.PHONE_WIDTH);

	/** The tallest each page may be at 390 px for the demo parent (issue 27). */
	private static final Map<String, Integer> TALLEST = Map.of("/", 2_100, "/plan", 3_400);

	/**
	 * What sticks out sideways: the page itself, and any box that scrolls sideways inside
	 * it (a hidden scroll a thumb would not guess).
	 */
	private static final String SIDEWAYS = """
			const page = document.documentElement;
			const wide = [];
			if (page.scrollWidth > page.clientWidth) {
			  wide.push('the page is ' + page.scrollWidth + ' px wide');
			}
			for (const box of document.querySelectorAll('body *')) {
			  const style = getComputedStyle(box);
			  if (['auto', 'scroll'].includes(style.overflowX) && box.scrollWidth > box.clientWidth + 1
			      && box.tagName !== 'TEXTAREA' && box.getClientRects().length > 0) {
			    wide.push(box.outerHTML.slice(0, 80) + ' scrolls ' + box.scrollWidth + ' in ' + box.clientWidth);
			  }
			}
			for (const box of document.querySelectorAll('body *')) {
			  const rect = box.getBoundingClientRect();
			  if (box.getClientRects().length > 0 && rect.width > 0 && rect.right > page.clientWidth + 1
			      && !box.closest('[hidden], .skip')) {
			    wide.push(box.outerHTML.slice(0, 80) + ' ends at ' + Math.round(rect.right));
			  }
			}
			const ruler = document.createElement('canvas').getContext('2d');
			for (const select of document.querySelectorAll('select')) {
			  const style = getComputedStyle(select);
			  const chosen = select.options[select.selectedIndex];
			  if (!chosen || select.getClientRects().length === 0) {
			    continue;
			  }
			  ruler.font = style.font;
			  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			  if (ruler.measureText(chosen.text).width > room + 1) {
			    wide.push('the choice "' + chosen.text + '" is cut off in #' + select.id);
			  }
			}
			return wide.slice(0, 4);""";

	/**
	 * Every form's submit button, scrolled as a browser does before a click (to the
	 * bottom of the screen): the ones a tap at their middle would not reach.
	 */
	private static final String COVERED = """
			const covered = [];
			const buttons = document.querySelectorAll(
			  'form button:not([type=button]):not([type=reset]), form input[type=submit], button[form]');
			for (const button of buttons) {
			  if (button.getClientRects().length === 0 || getComputedStyle(button).visibility === 'hidden') {
			    continue;
			  }
			  button.scrollIntoView({block: 'end', inline: 'nearest', behavior: 'instant'});
			  const box = button.getBoundingClientRect();
			  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			  if (!hit || !(hit === button || button.contains(hit) || (button.labels || []).length && hit.closest('label') === button.labels[0])) {
			    covered.push(button.outerHTML.slice(0, 80) + ' under ' + (hit ? hit.outerHTML.slice(0, 60) : 'nothing'));
			  }
			}
			window.scrollTo(0, 0);
			return covered;""";

	private final Map<String, Object> sideways = new LinkedHashMap<>();

	private final Map<String, Object> covered = new LinkedHashMap<>();

	private final Map<String, Long> heights = new LinkedHashMap<>();

	@Test
	void everyPageFitsAPhoneInBothLanguagesAndEverySubmitButtonTakesATap() {
		walk((pattern, who) -> look(pattern, who, "en"));
		assertThat(unwalked()).as("pages of the application this test does not look at").isEmpty();

		BrowserSupport.acceptLanguage(this.browser, "es-ES,es;q=0.9");
		walk((pattern, who) -> look(pattern, who, "es"));

		this.heights.forEach((page, height) -> System.out.printf("%s at 390 px: %d px tall%n", page, height));
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(this.sideways).as("pages or boxes wider than the phone").isEmpty();
			softly.assertThat(this.covered).as("submit buttons a tap does not reach at 390 px").isEmpty();
			TALLEST.forEach((page, tallest) -> softly.assertThat(this.heights.get("parent en " + page))
				.as("%s for the demo parent at 390 px", page)
				.isLessThanOrEqualTo(tallest.longValue()));
		});
	}

	private void look(String pattern, String who, String language) {
		String name = who + " " + language + " " + pattern;
		for (int width : WIDTHS) {
			BrowserSupport.viewport(this.browser, width, PHONE_HEIGHT, true);
			this.browser.navigate().refresh();
			List<?> closed = (List<?>) this.browser.executeScript(SIDEWAYS);
			if (width == BrowserSupport.PHONE_WIDTH) {
				this.heights.put(name,
						((Number) this.browser.executeScript("return document.documentElement.scrollHeight"))
							.longValue());
				// Named by the page's pattern; the set-up's three steps by their number.
				String page = pattern.contains("{step}") ? java.net.URI.create(this.browser.getCurrentUrl()).getPath()
						: pattern.replaceAll("\\{\\w+}", "x");
				fullPage("70-" + who + "-" + language + page.replaceAll("[^a-z0-9]+", "-") + "-phone");
			}
			this.browser.executeScript("document.querySelectorAll('details').forEach((d) => d.open = true)");
			List<?> opened = (List<?>) this.browser.executeScript(SIDEWAYS);
			if (!closed.isEmpty() || !opened.isEmpty()) {
				this.sideways.put(name + " at " + width, closed.isEmpty() ? opened : closed);
			}
			if (width == BrowserSupport.PHONE_WIDTH) {
				List<?> notReached = (List<?>) this.browser.executeScript(COVERED);
				if (!notReached.isEmpty()) {
					this.covered.put(name, notReached);
				}
			}
		}
	}

}
