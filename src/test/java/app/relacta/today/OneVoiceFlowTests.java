package app.relacta.today;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 26 through the whole application: the safety lines that must survive whatever
 * comes after (F4, F1 without a birth date, F3 at once, F5 pain on a session), and R15
 * done properly (the maintenance rhythm offered, allowed, and nothing asking for more),
 * for the parent in both languages and for their consultant.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class OneVoiceFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private MutableClock clock;

	private Account parentAccount;

	private SignedInUser parent;

	private SignedInUser consultant;

	private String client;

	@BeforeEach
	void people() {
		this.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		this.parentAccount = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.parent = TestAccounts.user(this.parentAccount);
		Account consultantAccount = TestAccounts.consultant(this.accounts, "Alex Kim");
		this.consultant = TestAccounts.user(consultantAccount);
		TestCare.share(this.invitations, this.parentAccount, consultantAccount);
		this.client = "/clients/" + this.parentAccount.getId();
	}

	@Test
	void f4AThoughtOfHarmStaysAnsweredAfterAGoodCheckInForADayInBothLanguagesAndForTheConsultant() {
		post("/mood", "mood", "LOW", "harmThoughts", "true", "shared", "true");
		this.clock.advance(Duration.ofHours(2));
		post("/mood", "mood", "GOOD", "shared", "true");

		String today = page(this.parent, "/", "en");
		assertThat(today).contains("Today you feel: good.");
		assertThat(today).containsPattern("data-flags id=\"urgent\">\\s*<p class=\"mood-help\" data-rule=\"F4\">"
				+ "<strong>Thank you for telling us. Thoughts of harming yourself or your baby need urgent help");
		assertThat(page(this.parent, "/", "es"))
			.contains("Los pensamientos de hacerte daño o de hacérselo a tu bebé " + "necesitan ayuda");
		assertThat(page(this.consultant, this.client, "en"))
			.contains("noted thoughts of harming themselves or their " + "baby, and was shown where urgent help is");

		// A day later, and the day after, the answer still stands; then the page is calm.
		this.clock.advance(Duration.ofHours(22));
		assertThat(page(this.parent, "/", "en")).contains("need urgent help");
		this.clock.advance(Duration.ofDays(3));
		assertThat(page(this.parent, "/", "en")).doesNotContain("need urgent help");
	}

	@Test
	void f1ThreeWetDiapersOnAWholeDayWithoutABirthDateRaiseTheFlagAndAskForTheDate() {
		baby("2026-11-19", "3");
		String today = page(this.parent, "/", "en");
		assertThat(today).containsPattern("data-flags id=\"urgent\">\\s*<p data-rule=\"F1\"><strong>3 wet diapers on a "
				+ "recent whole day. After the first 4 days of life, fewer than 6 a day is a sign to talk to your "
				+ "baby’s doctor now. Adding your baby’s birth date");
		assertThat(page(this.parent, "/", "es")).contains("3 pañales mojados en un día completo reciente");
		assertThat(page(this.consultant, this.client, "en")).contains("(no birth date given)");
	}

	@Test
	void f3ASoreBreastIsNotedInOneTapAndRaisedAtOnceUrgentWithAFever() {
		assertThat(page(this.parent, "/", "en")).contains("id=\"breast-note\"")
			.doesNotContain("data-rule=\"F3\"><strong>");
		assertThat(TestRequests.post(this.mvc, this.parent, "/mood/breast")).hasRedirectedUrl("/#urgent");
		String today = page(this.parent, "/", "en");
		assertThat(today).containsPattern("data-flags id=\"urgent\">\\s*<p data-rule=\"F3\"><strong>You noted a sore "
				+ "breast. Keep the milk moving");
		assertThat(page(this.consultant, this.client, "en")).contains("noted a sore breast");
		assertThat(page(this.consultant, "/clients", "en")).contains("A sore breast noted (F3)");
		// From the log form too, and with a fever it is urgent.
		assertThat(page(this.parent, "/journal/new", "en")).contains("action=\"/mood/breast\"");
		assertThat(TestRequests.post(this.mvc, this.parent, "/mood/breast", "fever", "true", "redness", "true"))
			.hasRedirectedUrl("/#urgent");
		assertThat(page(this.parent, "/", "en")).contains("Please contact your GP, midwife or out-of-hours service now")
			.doesNotContain("You noted a sore breast. Keep");
		// Two days on, the page is calm again.
		this.clock.advance(Duration.ofHours(49));
		assertThat(page(this.parent, "/", "en")).doesNotContain("data-rule=\"F3\"><strong>");
		assertThat(page(this.consultant, "/clients", "en")).doesNotContain("A sore breast noted");
	}

	@Test
	void theConsultantsViewOfAClientPutsTheClientsFlagsFirstAndEveryCardOpen() {
		TestRequests.post(this.mvc, this.parent, "/mood/breast");
		String view = page(this.consultant, this.client, "en");
		assertThat(view.indexOf("data-flags")).as("the client's flags").isPositive();
		assertThat(view.indexOf("data-flags")).as("before when the next session is due")
			.isLessThan(view.indexOf("data-next-due"));
		assertThat(view)
			.contains("id=\"plan-today\" open", "id=\"closeness\" open", "id=\"mood\" open", "id=\"expect\" open")
			.doesNotContain("data-quick-log", "id=\"timer-start\"");
		// The parent's own Today keeps the cards folded once seen, the quick log at hand.
		String own = page(this.parent, "/", "en");
		assertThat(own).contains("data-quick-log", "id=\"plan-today\">").doesNotContain("id=\"plan-today\" open");
	}

	@Test
	void f5PainWhilePumpingIsAFlagOnTheSessionAndSuggestsCheckingTheFlange() {
		TestRequests.logSession(this.mvc, this.parent, "2026-11-20T07:00", "pain", "true");
		assertThat(page(this.parent, "/", "en")).contains("You noted pain while pumping. Pumping should not hurt");
		assertThat(page(this.parent, "/journal", "en")).contains("data-rule=\"F5\">Pain</mark>");
		assertThat(page(this.consultant, this.client, "en")).contains("noted pain while pumping");
	}

	@Test
	void r15GoalReachedWithSixSessionsOffersMaintenanceAllowsItAndNothingAsksForMore() {
		plan("10", "300");
		// Two weeks at 320 mL a day, six sessions a day, every 4 hours.
		LocalDate today = LocalDate.parse("2026-11-20");
		for (int back = 14; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			for (int hour = 2; hour < 24; hour += 4) {
				TestRequests.logSession(this.mvc, this.parent, day + "T" + String.format("%02d", hour) + ":00",
						"totalVolume", "53.5");
			}
		}
		String page = page(this.parent, "/", "en");
		assertThat(page).contains("You have reached your goal or a steady level")
			.contains("how many sessions is your choice now")
			.doesNotContain("towards 8", "It has been about", "Building a supply takes weeks");

		// The plan allows 6 now, and then nothing asks for more.
		assertThat(TestRequests.post(this.mvc, this.parent, "/plan/settings", settings("6", "300")))
			.hasStatus3xxRedirection();
		page = page(this.parent, "/", "en");
		assertThat(page).contains("You chose the maintenance rhythm: 6 sessions a day")
			.doesNotContain("towards 8", "one or two more sessions",
					"reached your goal or a steady level. If you wish");
		assertThat(page(this.parent, "/", "es")).contains("Elegiste el ritmo de mantenimiento")
			.doesNotContain("hacia 8");
	}

	@Test
	void r15SixSessionsAreRefusedBesideTheFieldWhileMilkIsStillBuilding() {
		MvcTestResult result = TestRequests.post(this.mvc, this.parent, "/plan/settings", settings("6", "300"));
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("6 or 7 sessions a day is the maintenance rhythm (R15), offered once your goal or a steady "
					+ "level is reached");
		assertThat(TestRequests.post(this.mvc, this.parent, "/plan/settings", settings("5", "300"))).hasStatusOk()
			.bodyText()
			.contains("At least 6 sessions in 24 hours");
	}

	private void plan(String sessions, String goal) {
		assertThat(TestRequests.post(this.mvc, this.parent, "/plan/settings", settings(sessions, goal)))
			.hasStatus3xxRedirection();
	}

	private static String[] settings(String sessions, String goal) {
		return new String[] { "path", "RELACTATION", "startDate", "2026-10-20", "lastExpressed", "2026-09-10",
				"babyBirthDate", "2026-08-01", "babyLatches", "true", "supplementVolume", "", "supplementKind", "NONE",
				"goal", "DAILY_VOLUME", "goalVolume", goal, "nightStart", "22:00", "nightEnd", "06:00",
				"targetSessions", sessions, "powerPumpsPerDay", "0" };
	}

	private void baby(String date, String wetDiapers) {
		assertThat(TestRequests.post(this.mvc, this.parent, "/baby", "date", date, "wetDiapers", wetDiapers, "weight",
				"", "supplementVolume", ""))
			.hasRedirectedUrl("/baby");
	}

	private void post(String uri, String... fields) {
		assertThat(TestRequests.post(this.mvc, this.parent, uri, fields)).hasStatus3xxRedirection();
	}

	private String page(SignedInUser who, String uri, String language) {
		MvcTestResult result = this.mvc.get()
			.uri(uri)
			.with(user(who))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
