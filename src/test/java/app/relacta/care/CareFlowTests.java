package app.relacta.care;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.system.Mailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Consent and advice through the whole application: invitations (a code, by email, their
 * expiry, reuse and cancellation), revoking, the record of looks, notes, comments and
 * plan adjustments. "Now" is set by the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class CareFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	private Account parentAccount;

	private SignedInUser parent;

	private Account consultantAccount;

	private SignedInUser consultant;

	private SignedInUser otherConsultant;

	@BeforeEach
	void people() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.parentAccount = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.parent = TestAccounts.user(this.parentAccount);
		this.consultantAccount = TestAccounts.consultant(this.accounts, "Alex Kim");
		this.consultant = TestAccounts.user(this.consultantAccount);
		this.otherConsultant = TestAccounts.user(TestAccounts.consultant(this.accounts, "Someone Else"));
	}

	@Test
	void aCodeIsShownOnceWorksOnceAndOpensTheClientsPages() {
		String code = newCode();
		assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
		assertThat(page(this.parent, "/sharing")).doesNotContain(code).contains("An invitation code", "open until");

		assertThat(page(this.consultant, "/invitations/" + code.toLowerCase().replace("-", " ")))
			.contains("Test parent invites you");
		MvcTestResult accepted = post(this.consultant, "/invitations/" + code);
		assertThat(accepted).hasRedirectedUrl("/clients/" + this.parentAccount.getId());
		assertThat(page(this.consultant, "/clients")).contains("Test parent");
		assertThat(page(this.consultant, "/clients/" + this.parentAccount.getId())).contains("Test parent’s day",
				"Read-only");
		assertThat(page(this.parent, "/sharing")).contains("Alex Kim, IBCLC", "Test practice", "Stop sharing")
			.doesNotContain("An invitation code");

		assertThat(post(this.otherConsultant, "/invitations/" + code)).hasStatus(404);
		assertThat(this.mvc.get().uri("/invitations/" + code).with(user(this.otherConsultant))).hasStatus(404)
			.bodyText()
			.contains("This invitation is not open");
		assertThat(this.mvc.get().uri("/clients/" + this.parentAccount.getId()).with(user(this.otherConsultant)))
			.hasStatus(404);
	}

	@Test
	void theClientListFindsAClientByNameAndForgivesAnOddPageNumber() {
		share();
		assertThat(page(this.consultant, "/clients?page=abc")).contains("Test parent");
		assertThat(page(this.consultant, "/clients?page=99999999999&name=PARENT")).contains("Test parent",
				"1 to 1 of 1");
		assertThat(page(this.consultant, "/clients?name=nobody")).contains("No client matches")
			.doesNotContain("data-client=");
	}

	@Test
	void theClientListShowsTheLastDayOfEachClientOnItsPage() {
		share();
		// 12:00 in London: two sessions in the last 24 hours, one the day before that.
		for (String[] session : new String[][] { { "2026-11-21T09:00", "50" }, { "2026-11-21T14:00", "20" },
				{ "2026-11-22T08:30", "15" } }) {
			assertThat(this.mvc.post()
				.uri("/journal")
				.with(user(this.parent))
				.with(csrf())
				.param("startedAt", session[0])
				.param("durationMinutes", "20")
				.param("method", "DOUBLE_PUMP")
				.param("totalVolume", session[1])).hasStatus3xxRedirection();
		}
		assertThat(page(this.consultant, "/clients")).contains("<dd>2 / 10</dd>", "<dd>35 mL</dd>");
	}

	@Test
	void aCodeExpiresAfterSevenDays() {
		String early = newCode();
		String late = newCode();
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(post(this.consultant, "/invitations/" + early)).hasStatus3xxRedirection();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(post(this.otherConsultant, "/invitations/" + late)).hasStatus(404);
		assertThat(page(this.otherConsultant, "/clients?code=" + late)).contains("does not match an open invitation",
				"value=\"" + late + "\"");
		assertThat(page(this.parent, "/sharing")).doesNotContain("open until");
	}

	@Test
	void aCancelledCodeNoLongerWorks() {
		String code = newCode();
		long invitation = CareFlowTests.firstId(page(this.parent, "/sharing"), "/sharing/invitations/");
		assertThat(post(this.parent, "/sharing/invitations/" + invitation + "/cancel")).hasRedirectedUrl("/sharing");
		assertThat(post(this.consultant, "/invitations/" + code)).hasStatus(404);
		assertThat(this.mvc.get().uri("/clients?code=" + code).with(user(this.consultant))).hasStatusOk()
			.bodyText()
			.contains("does not match an open invitation");
	}

	@Test
	void aTypedCodeWithSpacesAndLowerCaseOpensItsInvitation() {
		String code = newCode();
		assertThat(this.mvc.get()
			.uri("/clients")
			.param("code", " " + code.toLowerCase().replace("-", " ") + " ")
			.with(user(this.consultant))).hasRedirectedUrl("/invitations/" + code.replace("-", ""));
	}

	@Test
	void anEmailInvitationWaitsForThatConsultantOnly() {
		assertThat(post(this.parent, "/sharing/invitations/email", "email", "alex at example.com")).hasStatusOk()
			.bodyText()
			.contains("does not look like an email");
		MvcTestResult invited = post(this.parent, "/sharing/invitations/email", "email",
				this.consultantAccount.getEmail().toUpperCase());
		assertThat(invited).hasRedirectedUrl("/sharing#new-code");
		String code = (String) invited.getMvcResult().getFlashMap().get("newCode");
		assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		// No SMTP server here: nothing is sent, and the parent is told so, beside the
		// link.
		assertThat(invited.getMvcResult().getFlashMap().get("delivery")).isEqualTo(Mailer.Delivery.OFF);
		assertThat(page(this.parent, "/sharing")).contains("id=\"email-off\"", "Email is off on this server");
		assertThat(page(this.otherConsultant, "/clients")).doesNotContain("Invitations for you");
		String list = page(this.consultant, "/clients");
		assertThat(list).contains("Invitations for you", "Test parent", "The code your client gave you");
		long invitation = firstId(list, "/invitations/email/");
		assertThat(post(this.otherConsultant, "/invitations/email/" + invitation + "/accept", "code", code))
			.hasStatus(404);
		// Sign-up never proves an email: holding the address is not enough without the
		// code.
		assertThat(post(this.consultant, "/invitations/email/" + invitation + "/accept")).hasStatusOk()
			.bodyText()
			.contains("That is not the code of this invitation");
		assertThat(post(this.consultant, "/invitations/email/" + invitation + "/accept", "code", "ABCD-EFGH-JKLM"))
			.hasStatusOk()
			.bodyText()
			.contains("That is not the code of this invitation", "value=\"ABCD-EFGH-JKLM\"");
		assertThat(page(this.parent, "/sharing")).doesNotContain("Alex Kim");
		assertThat(post(this.consultant, "/invitations/email/" + invitation + "/accept", "code", code.toLowerCase()))
			.hasRedirectedUrl("/clients/" + this.parentAccount.getId());
		assertThat(post(this.consultant, "/invitations/email/" + invitation + "/accept", "code", code)).hasStatus(404);
	}

	@Test
	void aParentCannotInviteThemselvesOrOpenMoreThanTenInvitations() {
		assertThat(post(this.parent, "/sharing/invitations/email", "email", this.parentAccount.getEmail())).bodyText()
			.contains("This is your own email");
		for (int i = 0; i < InvitationService.MAX_OPEN_INVITATIONS; i++) {
			newCode();
		}
		assertThat(post(this.parent, "/sharing/invitations")).hasStatusOk()
			.bodyText()
			.contains("You have 10 open invitations");
	}

	@Test
	void revokingEndsAccessOnTheVeryNextRequest() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.consultant, client + "/journal")).contains("Journal");
		assertThat(page(this.consultant, client + "/baby")).contains("Baby checks").doesNotContain("save-baby");
		long share = firstId(page(this.parent, "/sharing"), "/sharing/");
		assertThat(post(this.parent, "/sharing/" + share + "/end")).hasRedirectedUrl("/sharing");

		for (String path : new String[] { "", "/journal", "/progress", "/plan", "/plan/adjust", "/baby",
				"/progress/daily.json?from=2026-11-01&to=2026-11-22" }) {
			assertThat(this.mvc.get().uri(client + path).with(user(this.consultant))).as(path).hasStatus(404);
		}
		assertThat(post(this.consultant, client + "/notes", "body", "Still there?")).hasStatus(404);
		assertThat(page(this.consultant, "/clients")).doesNotContain("Test parent");
		assertThat(page(this.parent, "/sharing")).contains("Shared before", "Nobody. Your data is yours alone.");
	}

	@Test
	void aConsultantCanEndTheRelationship() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(post(this.consultant, client + "/end")).hasRedirectedUrl("/clients");
		assertThat(this.mvc.get().uri(client).with(user(this.consultant))).hasStatus(404);
		assertThat(page(this.parent, "/sharing")).contains("Shared before", "Alex Kim, IBCLC");
	}

	@Test
	void theParentSeesWhoViewedWhatOncePerVisit() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.parent, "/sharing")).contains("No one has looked at your data yet");
		page(this.consultant, client + "/journal");
		page(this.consultant, client + "/journal?until=2026-11-01");
		page(this.consultant, client + "/progress");
		this.mvc.get()
			.uri(client + "/progress/daily.json?from=2026-11-01&to=2026-11-22")
			.with(user(this.consultant))
			.exchange();
		this.clock.advance(Duration.ofMinutes(6));
		page(this.consultant, client + "/journal");

		String sharing = page(this.parent, "/sharing");
		assertThat(sharing).contains("22 Nov 12:06", "Alex Kim, IBCLC");
		assertThat(sharing.split(">Journal</td>", -1)).as("journal visits").hasSize(3);
		assertThat(sharing.split(">Progress</td>", -1)).as("progress visits").hasSize(2);
	}

	@Test
	void aNoteStaysOnTheParentsTodayUntilDismissed() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(post(this.consultant, client + "/notes", "body", "   ")).hasStatusOk()
			.bodyText()
			.contains("Please write something first");
		assertThat(post(this.consultant, client + "/notes", "body", "Try a session at 2 AM <b>tonight</b>."))
			.hasRedirectedUrl(client + "#notes");

		String today = page(this.parent, "/");
		assertThat(today).contains("From your consultant", "Try a session at 2 AM &lt;b&gt;tonight&lt;/b&gt;.",
				"Alex Kim, IBCLC");
		long note = firstId(today, "/notes/");
		assertThat(post(this.parent, "/notes/" + note + "/dismiss")).hasRedirectedUrl("/#notes");
		assertThat(page(this.parent, "/")).doesNotContain("From your consultant");
		assertThat(page(this.consultant, client)).contains("read and dismissed");
		assertThat(post(TestAccounts.user(TestAccounts.parent(this.accounts, "UTC", VolumeUnit.ML)),
				"/notes/" + note + "/dismiss"))
			.hasStatus(404);
	}

	@Test
	void aCommentOnASessionIsAnsweredBesideIt() {
		share();
		long session = TestRequests.logSession(this.mvc, this.parent, "2026-11-22T03:10");
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(post(this.consultant, client + "/comments", "date", "2026-11-22", "sessionId",
				String.valueOf(session), "body", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Please write something first");
		assertThat(post(this.consultant, client + "/comments", "date", "2026-11-22", "sessionId",
				String.valueOf(session), "body", "A 1-5 AM session, well done."))
			.hasRedirectedUrl(client + "/journal#session-" + session);
		assertThat(post(this.consultant, client + "/comments", "date", "2026-11-21", "body", "Rest today if you can."))
			.hasStatus3xxRedirection();

		assertThat(page(this.parent, "/")).contains("Alex Kim, IBCLC left 2 comments in your journal this week.");
		String journal = page(this.parent, "/journal");
		assertThat(journal).contains("A 1-5 AM session, well done.", "Alex Kim, IBCLC", "Answer");
		assertThat(journal).as("a comment on a day without sessions").contains("Rest today if you can.", "No sessions");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(post(this.parent, "/journal/comments", "date", "2026-11-22", "sessionId", String.valueOf(session),
				"body", "Thank you! It was hard to wake up."))
			.hasRedirectedUrl("/journal#session-" + session);
		assertThat(page(this.consultant, "/clients")).contains("1 new answer in their journal");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(page(this.consultant, client + "/journal")).contains("Thank you! It was hard to wake up.");
		assertThat(page(this.consultant, "/clients")).doesNotContain("new answer");

		assertThat(post(this.parent, "/journal/" + session + "/delete")).hasStatus3xxRedirection();
		assertThat(page(this.parent, "/journal")).as("a deleted session's comments stay on its day")
			.contains("A 1-5 AM session, well done.", "Thank you! It was hard to wake up.");

		long otherSession = TestRequests.logSession(this.mvc,
				TestAccounts.user(TestAccounts.parent(this.accounts, "UTC", VolumeUnit.ML)), "2026-11-22T05:00");
		assertThat(post(this.consultant, client + "/comments", "date", "2026-11-22", "sessionId",
				String.valueOf(otherSession), "body", "Not theirs"))
			.hasStatus(404);
	}

	@Test
	void aPlanAdjustmentStaysInTheRangesAndIsShownWithWhoMadeIt() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(post(this.consultant, client + "/plan/adjust", "targetSessions", "13", "nightStart", "23:00",
				"nightEnd", "01:00", "powerPumpsPerDay", "4"))
			.hasStatusOk()
			.bodyText()
			.contains("up to 12 sessions", "4 to 12 hours", "none, or 1 to 3 a day", "value=\"13\"");
		assertThat(post(this.consultant, client + "/plan/adjust", "targetSessions", "9", "nightStart", "23:00",
				"nightEnd", "07:00", "powerPumpsPerDay", "0"))
			.hasRedirectedUrl(client + "/plan");

		String plan = page(this.parent, "/plan");
		assertThat(plan).contains("changed by Alex Kim, IBCLC", "Sessions a day: 10 to 9",
				"Night: 22:00–06:00 to 23:00–07:00", "Power pumps a day: 1 to 0");
		assertThat(page(this.parent, "/")).contains("Sessions today: 0 of 9",
				"Alex Kim, IBCLC adjusted your plan on 22 Nov", "Sessions a day: 10 to 9");
		this.clock.advance(Duration.ofDays(8));
		assertThat(page(this.parent, "/")).doesNotContain("adjusted your plan");
	}

	@Test
	void aConsultantsPagesSpeakAboutTheClientNeverToThemAsTheParent() {
		share();
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.parent, "/plan")).contains("Your plan", "Your settings");
		String plan = page(this.consultant, client + "/plan");
		assertThat(plan)
			.contains("Test parent’s plan", "Test parent’s settings", "Test parent’s night",
					"as Test parent reads them", "Stimulating the breasts", "The baby first")
			.doesNotContain("Your plan", "Your settings", "Your night", "Stimulating your breasts", "changed by you");
		assertThat(page(this.consultant, client)).contains("Day 1 of Test parent’s plan")
			.doesNotContain("of your plan", "with your baby", "Keep your baby fed");
		assertThat(page(this.consultant, client + "/baby")).contains("Test parent’s baby")
			.doesNotContain("Your baby", "your baby’s");
		assertThat(page(this.consultant, client + "/progress")).contains("Test parent’s milk, day by day")
			.doesNotContain("Your milk", "your goal");
		assertThat(page(this.consultant, client + "/journal")).contains("Test parent").doesNotContain("Your sessions");
		// The parent's own pages, right after, still speak to the parent.
		assertThat(page(this.parent, "/")).contains("of your plan");
	}

	@Test
	void aConsultantSignsUpWithACredentialAndHasNoJournal() {
		MvcTestResult signup = this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", "new-consultant-" + System.nanoTime() + "@example.com")
			.param("password", TestAccounts.PASSWORD)
			.param("displayName", "Jo Lee")
			.param("timeZone", "Europe/London")
			.param("unit", "ML")
			.param("role", "CONSULTANT")
			.param("credential", "IBCLC")
			.param("practice", "Milk Matters")
			.exchange();
		assertThat(signup).hasRedirectedUrl("/clients");
		assertThat(this.mvc.get().uri("/").with(user(this.consultant))).hasRedirectedUrl("/clients");
		assertThat(this.mvc.get().uri("/journal").with(user(this.consultant))).hasStatus(404);
		assertThat(this.mvc.get().uri("/sharing").with(user(this.consultant))).hasStatus(404);
		assertThat(this.mvc.get().uri("/clients").with(user(this.parent))).hasStatus(404);
		assertThat(page(this.consultant, "/settings")).contains("IBCLC", "Test practice")
			.doesNotContain("Sharing and who viewed my data");
	}

	private void share() {
		assertThat(post(this.consultant, "/invitations/" + newCode())).hasStatus3xxRedirection();
	}

	/**
	 * Makes a code as the parent does, and reads it from the page it is shown on once.
	 */
	private String newCode() {
		MvcTestResult made = post(this.parent, "/sharing/invitations");
		assertThat(made).hasRedirectedUrl("/sharing#new-code");
		Object code = made.getMvcResult().getFlashMap().get("newCode");
		assertThat(code).isNotNull();
		// The code travels as a flash attribute in the login session (kept in the
		// database): the next page, with the session's cookie, shows it once.
		jakarta.servlet.http.Cookie session = made.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String page = content(this.mvc.get().uri("/sharing").with(user(this.parent)).cookie(session).exchange());
		assertThat(page).contains((String) code, "/invitations/" + code);
		return (String) code;
	}

	private String page(SignedInUser who, String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		return content(result);
	}

	private static String content(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult post(SignedInUser who, String uri, String... fields) {
		return TestRequests.post(this.mvc, who, uri, fields);
	}

	/**
	 * The first id in a form action or link that starts with {@code prefix}.
	 */
	static long firstId(String page, String prefix) {
		Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(page);
		assertThat(matcher.find()).as("a link under %s", prefix).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
