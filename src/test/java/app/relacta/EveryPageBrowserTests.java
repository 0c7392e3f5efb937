package app.relacta;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.ViewLinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the browser tests that look at every page of the application: signed out,
 * as the demo parent (whose 21-day diary makes the pages full) and as the demo
 * consultant. {@link #walk(Visit)} opens each page and hands it to the test; a page added
 * to the application and not to the walk fails the build ({@link #unwalked()}).
 */
@TestPropertySource(properties = "relacta.demo.enabled=true")
public abstract class EveryPageBrowserTests extends PhoneBrowserTests {

	/** Pages that are not Relacta's own: the API's manual is springdoc's Swagger UI. */
	private static final Set<String> NOT_OURS = Set.of("/swagger-ui.html");

	/** The parent's pages without a variable in their path. */
	protected static final List<String> PARENT_PAGES = List.of("/", "/journal", "/journal/new", "/journal/import",
			"/progress", "/plan", "/plan/settings", "/baby", "/medications", "/mood", "/sharing", "/settings",
			"/settings/data", "/settings/reminders", "/settings/tokens");

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

	private final Set<String> walked = new TreeSet<>();

	/** What a test does on one page, once it is open. */
	@FunctionalInterface
	protected interface Visit {

		void page(String pattern, String who);

	}

	/**
	 * Opens every page as a visitor, the demo parent and the demo consultant would, and
	 * lets the test look at each one.
	 */
	protected void walk(Visit visit) {
		Account parent = this.accounts.findByEmail("demo@relacta.example").orElseThrow();
		long clientId = parent.getId();
		long sessionId = this.jdbc.queryForObject("select max(id) from logged_session where parent_id = ?", Long.class,
				parent.getId());
		String secret = this.links.create(parent.getId(), "Grandma", 7, true).secret();
		Account another = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String code = this.invitations.inviteWithCode(another.getId());

		visit(visit, "visitor", "/login", "/login");
		visit(visit, "visitor", "/signup", "/signup");
		visit(visit, "visitor", "/offline", "/offline");
		visit(visit, "visitor", "/shared/{secret}", "/shared/" + secret);

		signInAsDemo("demo@relacta.example");
		for (String page : PARENT_PAGES) {
			visit(visit, "parent", page, page);
		}
		visit(visit, "parent", "/journal/{id}/edit", "/journal/" + sessionId + "/edit");
		visit(visit, "parent", "/journal/{id}/delete", "/journal/" + sessionId + "/delete");
		for (int step = 1; step <= 3; step++) {
			visit(visit, "parent", "/plan/setup/{step}", "/plan/setup/" + step);
		}
		signOut();

		signInAsDemo("consultant@relacta.example");
		visit(visit, "consultant", "/clients", "/clients");
		String client = "/clients/" + clientId;
		visit(visit, "consultant", "/clients/{clientId}", client);
		for (String part : List.of("journal", "plan", "progress", "baby", "plan/adjust")) {
			visit(visit, "consultant", "/clients/{clientId}/" + part, client + "/" + part);
		}
		visit(visit, "consultant", "/invitations/{code}", "/invitations/" + code);
		signOut();
	}

	private void visit(Visit visit, String who, String pattern, String path) {
		open(path);
		assertThat(this.browser.executeScript("return !!document.querySelector('section[data-status]')"))
			.as("%s answers its page, not an error", path)
			.isEqualTo(false);
		this.walked.add(pattern);
		visit.page(pattern, who);
	}

	/** The application's pages the walk has not opened (empty after a full walk). */
	protected Set<String> unwalked() {
		Set<String> pages = pages();
		pages.removeAll(this.walked);
		return pages;
	}

	/** Signs in with the demo's password. */
	protected void signInAsDemo(String email) {
		open("/login");
		byId("username").sendKeys(email);
		byId("password").sendKeys("relacta-demo");
		navigate("main form button[type=submit]");
	}

	protected void signOut() {
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
