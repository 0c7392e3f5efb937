package app.relacta;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.ViewLinks;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA with axe-core in Chromium: every page, as the demo parent, the demo
 * consultant and someone signed out would see it (the 21-day diary makes the pages full),
 * at 390 px and at desktop width, in light and dark, with no serious or critical
 * violation. A page added to the application and not to this test fails the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "relacta.demo.enabled=true")
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class AccessibilityBrowserTests extends PhoneBrowserTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	/** Pages that are not Relacta's own: the API's manual is springdoc's Swagger UI. */
	private static final Set<String> NOT_OURS = Set.of("/swagger-ui.html");

	@Autowired
	private AccountService accounts;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private ViewLinks links;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Set<String> checked = new TreeSet<>();

	private final Map<String, List<String>> violations = new LinkedHashMap<>();

	@Test
	void everyPageMeetsWcag22AaAtPhoneAndDesktopWidthInLightAndDark() {
		Account parent = this.accounts.findByEmail("demo@relacta.example").orElseThrow();
		long clientId = parent.getId();
		long sessionId = this.jdbc.queryForObject("select max(id) from logged_session where parent_id = ?", Long.class,
				parent.getId());
		String secret = this.links.create(parent.getId(), "Grandma", 7, true).secret();
		Account another = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String code = this.invitations.inviteWithCode(another.getId());

		check("/login", "/login");
		check("/signup", "/signup");
		check("/offline", "/offline");
		check("/shared/{secret}", "/shared/" + secret);

		signIn("demo@relacta.example");
		for (String page : List.of("/", "/journal", "/journal/new", "/journal/import", "/progress", "/plan",
				"/plan/settings", "/baby", "/medications", "/mood", "/sharing", "/settings", "/settings/data",
				"/settings/reminders", "/settings/tokens")) {
			check(page, page);
		}
		check("/journal/{id}/edit", "/journal/" + sessionId + "/edit");
		check("/journal/{id}/delete", "/journal/" + sessionId + "/delete");
		for (int step = 1; step <= 3; step++) {
			check("/plan/setup/{step}", "/plan/setup/" + step);
		}
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

		signIn("consultant@relacta.example");
		check("/clients", "/clients");
		String client = "/clients/" + clientId;
		check("/clients/{clientId}", client);
		for (String part : List.of("journal", "plan", "progress", "baby", "plan/adjust")) {
			check("/clients/{clientId}/" + part, client + "/" + part);
		}
		check("/invitations/{code}", "/invitations/" + code);
		signOut();

		assertThat(this.checked).as("every page of the application, checked here").containsAll(pages());
		assertThat(this.violations).as("serious or critical WCAG 2.2 AA violations").isEmpty();
	}

	@Test
	void everyControlIsBigEnoughForAThumb() {
		Map<String, Object> small = new LinkedHashMap<>();
		signIn("demo@relacta.example");
		long clientId = this.accounts.findByEmail("demo@relacta.example").orElseThrow().getId();
		for (String page : List.of("/", "/journal", "/journal/new", "/progress", "/plan", "/baby", "/sharing",
				"/settings", "/settings/reminders", "/medications", "/mood")) {
			smallTargets(page, small);
		}
		signOut();
		signIn("consultant@relacta.example");
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

	/** Opens a page and audits it in the four ways. */
	private void check(String pattern, String path) {
		open(path);
		this.checked.add(pattern);
		audit(pattern);
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

	private void signIn(String email) {
		open("/login");
		byId("username").sendKeys(email);
		byId("password").sendKeys("relacta-demo");
		navigate("main form button[type=submit]");
	}

	private void signOut() {
		open("/settings");
		navigate("form.logout button");
	}

	/** The application's HTML pages: GET routes that answer with a page. */
	private Set<String> pages() {
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			if (!get) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				String page = pattern.replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
				boolean data = page.startsWith("/api/") || page.startsWith("/v3/")
						|| page.contains(".") && !page.endsWith(".html") || page.equals("/error")
						|| page.endsWith("/daily") || page.endsWith("/sessions");
				if (!data && !NOT_OURS.contains(page)) {
					pages.add(page);
				}
			}
		}
		return pages;
	}

}
