package app.relacta;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA with axe-core in Chromium: every page, as the demo parent, the demo
 * consultant and someone signed out would see it (the 21-day diary makes the pages full),
 * at 390 px and at desktop width, in light and dark, with no serious or critical
 * violation. A page added to the application and not to this test fails the build.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class AccessibilityBrowserTests extends EveryPageBrowserTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	@Autowired
	private AccountService accounts;

	private final Map<String, List<String>> violations = new LinkedHashMap<>();

	@Test
	void everyPageMeetsWcag22AaAtPhoneAndDesktopWidthInLightAndDark() {
		walk((pattern, who) -> audit(pattern));

		signInAsDemo("demo@relacta.example");
		// A form the journal refused: the errors beside their fields, announced.
		open("/journal/new");
		this.browser.executeScript("document.getElementById('startedAt').value = '';"
				+ "document.getElementById('durationMinutes').value = '';");
		navigate("#save-session");
		assertThat(this.browser.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertThat(this.browser.executeScript("""
				const invalid = Array.from(document.querySelectorAll('[aria-invalid=true]'));
				return invalid.length > 0 && invalid.every((field) => {
				  const said = document.getElementById(field.getAttribute('aria-describedby'));
				  return said && said.classList.contains('field-error') && said.textContent.trim().length > 0;
				}) && !!document.querySelector('[role=alert]');"""))
			.as("each refused field is marked invalid and described by its message, and the page says so aloud")
			.isEqualTo(true);
		audit("/journal (refused)");
		open("/journal/999999999/edit");
		audit("404");
		signOut();

		assertThat(unwalked()).as("pages of the application this test does not check").isEmpty();
		assertThat(this.violations).as("serious or critical WCAG 2.2 AA violations").isEmpty();
	}

	@Test
	void everyControlIsBigEnoughForAThumb() {
		Map<String, Object> small = new LinkedHashMap<>();
		signInAsDemo("demo@relacta.example");
		long clientId = this.accounts.findByEmail("demo@relacta.example").orElseThrow().getId();
		for (String page : List.of("/", "/journal", "/journal/new", "/progress", "/plan", "/baby", "/sharing",
				"/settings", "/settings/reminders", "/medications", "/mood")) {
			smallTargets(page, small);
		}
		signOut();
		signInAsDemo("consultant@relacta.example");
		for (String page : List.of("/clients", "/clients/" + clientId, "/clients/" + clientId + "/journal",
				"/clients/" + clientId + "/progress")) {
			smallTargets(page, small);
		}
		assertThat(small).as("controls smaller than 44 px at 390 px").isEmpty();
	}

	/**
	 * Visible controls under 44 px either way, except links inside a sentence (a box or a
	 * dot is measured with its label, which takes the tap too).
	 */
	private void smallTargets(String page, Map<String, Object> small) {
		open(page);
		Object found = this.browser.executeScript(
				"""
						const inline = (e) => e.tagName === 'A' && e.closest('p, small, td, dd, figcaption, label')
						  && !e.matches('[role=button]');
						return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary'))
						  .filter((e) => e.offsetParent !== null && !inline(e))
						  .map((e) => [e, (e.matches('input[type=checkbox], input[type=radio]') && e.closest('label') || e)
						    .getBoundingClientRect()])
						  .filter(([e, box]) => box.height < 44 || box.width < 44)
						  .map(([e, box]) => e.outerHTML.slice(0, 90) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));""");
		if (!((List<?>) found).isEmpty()) {
			small.put(page, found);
		}
	}

	@Test
	void aSessionIsLoggedWithTheKeyboardAlone() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		logIn(parent.getEmail());
		open("/journal/new");
		Actions keys = new Actions(this.browser);
		keys.sendKeys(Keys.TAB).perform();
		assertThat(focused()).as("the first stop skips to the page").contains("class=\"skip\"");
		keys.sendKeys(Keys.ENTER).perform();
		tabTo("durationMinutes", keys);
		keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("25").perform();
		tabTo("leftVolume", keys);
		keys.sendKeys("12").perform();
		tabTo("powerPump", keys);
		keys.sendKeys(Keys.SPACE).perform();
		tabTo("notes", keys);
		keys.sendKeys("Typed without a mouse").perform();
		tabTo("save-session", keys);
		keys.sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("/journal") && !driver.getCurrentUrl().endsWith("/new"));
		assertThat(text("main")).contains("Typed without a mouse", "25 min", "12 mL");

		// Nothing on the parent's pages is out of the keyboard's reach or out of order.
		for (String page : List.of("/", "/journal", "/progress", "/plan", "/baby", "/settings", "/sharing")) {
			open(page);
			Object trapped = this.browser.executeScript(
					"""
							return Array.from(document.querySelectorAll('[tabindex]'))
							  .filter((e) => e.tabIndex > 0 || (e.tabIndex < 0 && e.matches('a[href], button, input, select, textarea')))
							  .map((e) => e.outerHTML.slice(0, 80));""");
			assertThat((List<?>) trapped).as(page).isEmpty();
		}
	}

	private void tabTo(String id, Actions keys) {
		for (int i = 0; i < 60 && !id.equals(this.browser.executeScript("return document.activeElement.id")); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(this.browser.executeScript("return document.activeElement.id")).as("reached by Tab").isEqualTo(id);
	}

	private String focused() {
		return String.valueOf(this.browser.executeScript("return document.activeElement.outerHTML"));
	}

	private void audit(String name) {
		for (boolean phone : List.of(true, false)) {
			BrowserSupport.viewport(this.browser, phone ? BrowserSupport.PHONE_WIDTH : 1280, phone ? PHONE_HEIGHT : 900,
					phone);
			for (String scheme : List.of("light", "dark")) {
				// Less motion, so that colours are measured as they are, not half-way
				// through
				// a transition from the other theme.
				this.browser.executeCdpCommand("Emulation.setEmulatedMedia",
						Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme),
								Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
				Results results = new AxeBuilder().withTags(WCAG).analyze(this.browser);
				for (Rule rule : results.getViolations()) {
					if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
						List<String> where = new ArrayList<>();
						for (CheckedNode node : rule.getNodes()) {
							String why = String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ");
							where.add(node.getTarget() + " "
									+ node.getHtml().substring(0, Math.min(120, node.getHtml().length())) + " — "
									+ why.substring(0, Math.min(260, why.length())));
						}
						this.violations.merge(
								name + " " + (phone ? "390" : "1280") + " " + scheme + ": " + rule.getId(),
								where.subList(0, Math.min(3, where.size())), (a, b) -> a);
					}
				}
			}
		}
		BrowserSupport.viewport(this.browser, BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
		BrowserSupport.preferColorScheme(this.browser, "light");
	}

}
