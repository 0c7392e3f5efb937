package app.relacta.wellbeing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the sources say beyond the sessions, through the whole application: skin-to-skin
 * time and feeds at the breast in a tap (R8, R9), the mood check-in (F4) and the
 * medication log (M4), for the parent and, as the parent allows, their consultant.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class WellbeingFlowTests {

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

	private SignedInUser otherParent;

	@BeforeEach
	void people() {
		this.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		this.parentAccount = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.parent = TestAccounts.user(this.parentAccount);
		Account consultantAccount = TestAccounts.consultant(this.accounts, "Alex Kim");
		this.consultant = TestAccounts.user(consultantAccount);
		TestCare.share(this.invitations, this.parentAccount, consultantAccount);
		this.otherParent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

	@Test
	void r8SkinToSkinIsLoggedInATapTicksTheChecklistAndShowsInTheJournalAndToTheConsultant() {
		assertThat(page(this.parent, "/")).contains("Skin-to-skin today: 0")
			.containsPattern("class=\"anytime\" data-rule=\"R8\">");
		assertThat(post(this.parent, "/moments", "kind", "SKIN_TO_SKIN")).hasRedirectedUrl("/#closeness");
		assertThat(page(this.parent, "/")).contains("Skin-to-skin today: 1")
			.containsPattern("class=\"done\" data-rule=\"R8\">");
		String journal = page(this.parent, "/journal");
		assertThat(journal).contains("data-rule=\"R8\"", "Skin-to-skin", "09:00");
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.consultant, client)).contains("Skin-to-skin today: 1").doesNotContain("id=\"log-skin\"");
		assertThat(page(this.consultant, client + "/journal")).contains("Skin-to-skin");

		long id = Long.parseLong(journal.replaceAll("(?s).*id=\"moment-(\\d+)\".*", "$1"));
		assertThat(post(this.otherParent, "/moments/" + id + "/delete")).hasStatus(404);
		assertThat(post(this.parent, "/moments/" + id + "/delete")).hasRedirectedUrl("/journal");
		assertThat(page(this.parent, "/")).contains("Skin-to-skin today: 0");
	}

	@Test
	void r9AFeedAtTheBreastTicksTheNursingSystemItem() {
		TestRequests.post(this.mvc, this.parent, "/plan/settings", "path", "RELACTATION", "startDate", "2026-11-10",
				"babyLatches", "true", "supplementVolume", "300", "supplementKind", "FORMULA", "goal", "FULL_SUPPLY",
				"nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10", "powerPumpsPerDay", "1");
		assertThat(post(this.parent, "/moments", "kind", "AT_BREAST")).hasRedirectedUrl("/#closeness");
		assertThat(page(this.parent, "/")).contains("Feeds at the breast today: 1")
			.containsPattern("class=\"done\" data-rule=\"R9\">");
	}

	@Test
	void anUnknownKindOfMomentIsABadRequestAndNoKindLogsNothing() {
		assertThat(post(this.parent, "/moments", "kind", "NAP")).hasStatus4xxClientError();
		assertThat(post(this.parent, "/moments")).hasRedirectedUrl("/#closeness");
		assertThat(page(this.parent, "/")).contains("Skin-to-skin today: 0");
	}

	@Test
	void f4AThoughtOfHarmShowsUrgentHelpPlainlyAndTheConsultantSeesOnlyWhatIsShared() {
		assertThat(post(this.parent, "/mood", "mood", "LOW", "harmThoughts", "true")).hasRedirectedUrl("/#mood");
		String today = page(this.parent, "/");
		assertThat(today).containsPattern("data-flags id=\"urgent\">\\s*<p class=\"mood-help\" data-rule=\"F4\">"
				+ "<strong>Thank you for telling us. Thoughts of harming yourself or your baby need urgent help");
		assertThat(today).contains("Today you feel: low.");
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.consultant, client)).doesNotContain("Today you feel", "mood-help")
			.contains("No check-in shared today.");

		// A later check-in is kept beside the first: it never hides the answer to it.
		assertThat(post(this.parent, "/mood", "mood", "OKAY", "shared", "true")).hasRedirectedUrl("/#mood");
		assertThat(page(this.parent, "/")).contains("Today you feel: okay.", "need urgent help");
		// The consultant sees only the check-in that was shared.
		assertThat(page(this.consultant, client)).contains("Today Test parent feels: okay.")
			.doesNotContain("mood-help");
	}

	@Test
	void f4LowMoodForTwoWeeksSuggestsAProvider() {
		for (int day = 0; day < 14; day++) {
			// Two weeks of low check-ins, not yet more.
			post(this.parent, "/mood", "mood", (day % 2 == 0) ? "LOW" : "VERY_LOW");
			assertThat(page(this.parent, "/")).as("day %d", day)
				.satisfies(
						(html) -> assertThat(html.contains("You have felt low for about two weeks")).isEqualTo(false));
			this.clock.advance(Duration.ofDays(1));
		}
		post(this.parent, "/mood", "mood", "LOW");
		assertThat(page(this.parent, "/")).contains("You have felt low for about two weeks");
		post(this.parent, "/mood", "mood", "GOOD");
		assertThat(page(this.parent, "/")).doesNotContain("You have felt low for about two weeks");
	}

	@Test
	void aMoodCheckInWithoutAMoodIsAskedAgainBesideTheField() {
		assertThat(post(this.parent, "/mood", "harmThoughts", "true")).hasStatusOk()
			.bodyText()
			.contains("Please choose how you feel today.");
		assertThat(post(this.parent, "/mood", "mood", "SO_SO")).hasStatusOk()
			.bodyText()
			.contains("Please choose how you feel today.");
	}

	@Test
	void m4AMedicationIsARecordShownOnTodayBesideProgressAndToTheConsultant() {
		assertThat(post(this.parent, "/medications", "name", " ", "startedOn", "2026-11-21", "stoppedOn", "2026-11-01",
				"amount", "x".repeat(130)))
			.hasStatusOk()
			.bodyText()
			.contains("Please write its name.", "Please keep the amount under 120 characters.",
					"Please choose a day in the past two years", "The stop date is before the start");
		assertThat(post(this.parent, "/medications", "name", "Fenugreek", "amount", "3 capsules a day", "startedOn",
				"2026-11-12", "suggestedBy", "a friend"))
			.hasRedirectedUrl("/medications");
		assertThat(page(this.parent, "/medications")).contains("Fenugreek", "3 capsules a day", "suggested by a friend",
				"Fenugreek can lower supply in some people", "Talk to your prescriber or IBCLC");
		assertThat(page(this.parent, "/")).contains("Fenugreek", "since 12 Nov");
		assertThat(page(this.parent, "/progress")).contains("Medicines and herbs, and when", "Fenugreek");
		String client = "/clients/" + this.parentAccount.getId();
		assertThat(page(this.consultant, client)).contains("Fenugreek");
		assertThat(page(this.consultant, client + "/progress")).contains("Fenugreek", "since 12 Nov");

		String list = page(this.parent, "/medications");
		long id = Long.parseLong(list.replaceAll("(?s).*id=\"medication-(\\d+)\".*", "$1"));
		assertThat(post(this.otherParent, "/medications/" + id + "/stop")).hasStatus(404);
		assertThat(post(this.parent, "/medications/" + id + "/stop")).hasRedirectedUrl("/medications");
		assertThat(page(this.parent, "/medications")).contains("12 Nov 2026 to 20 Nov 2026");
		this.clock.advance(Duration.ofDays(1));
		assertThat(page(this.parent, "/")).doesNotContain("Fenugreek");
		assertThat(page(this.parent, "/progress")).contains("Fenugreek", "12 Nov to 20 Nov");
	}

	private String page(SignedInUser who, String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MvcTestResult post(SignedInUser who, String uri, String... fields) {
		return TestRequests.post(this.mvc, who, uri, fields);
	}

}
