package app.relacta.today;

import java.time.Duration;
import java.time.Instant;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.LactationPath;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
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
 * The Today page, the plan settings and the timers through the whole application, with
 * "now" set by the test. The parent lives in London (UTC in November).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class TodayFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PlanService plans;

	@Autowired
	private MutableClock clock;

	private SignedInUser parent;

	@BeforeEach
	void newParent() {
		this.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		this.parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

	@Test
	void aNewParentSeesTheDefaultPlanAndAnInvitationToMakeItTheirs() {
		assertThat(today()).contains("Hello, Test parent", "Day 1 of your plan", "Log a session whenever you are ready",
				"Set up my plan", "Sessions today: 0 of 10", "A session between 1 and 5 AM",
				"Power pumping, if you have the time: 0 of 1 today, planned at 20:00", "02:00", "22:00",
				"In the first days, nothing or a few drops is normal");
	}

	@Test
	void todayShowsWhatIsDueNextAndTicksThePlanFromTheJournal() {
		log("2026-11-20T02:30", "totalVolume", "5");
		log("2026-11-20T06:00", "totalVolume", "10", "handExpression", "true");
		this.clock.set(Instant.parse("2026-11-20T07:00:00Z"));
		String html = today();
		assertThat(html).contains("Next session due at 08:00", "in 1 h", "Sessions today: 2 of 10")
			.contains("id=\"today-sessions\">2 / 10<", "id=\"today-total\">15 mL<", "id=\"last24-sessions\">2<");
		assertThat(html).containsPattern(
				"class=\"done\" data-rule=\"R5\">\\s*<span class=\"tick\" aria-hidden=\"true\">✓</span>\\s*"
						+ "<span>A session between 1 and 5 AM</span>");

		this.clock.set(Instant.parse("2026-11-20T09:30:00Z"));
		assertThat(today()).contains("Due 1 h 30 min ago: whenever you can", "class=\"next overdue\"");
	}

	@Test
	void yesterdayIsReviewedInTwoSentences() {
		for (String time : new String[] { "06:00", "09:00", "12:00", "15:00", "18:00", "21:00" }) {
			log("2026-11-19T" + time, "totalVolume", "10");
		}
		assertThat(today()).contains("Yesterday: 6 of 10 sessions, 60 mL.",
				"What would help most tomorrow: one or two more sessions, towards 8.");
	}

	@Test
	void theFirstRunQuestionsAreThreeShortStepsThatCanBeSkipped() {
		assertThat(this.mvc.get().uri("/plan/setup/1").with(user(this.parent))).hasStatusOk()
			.bodyText()
			.contains("Your plan, step 1 of 3", "Skip this step", "value=\"2026-11-20\"");
		assertThat(post("/plan/setup/1", "path", "INDUCED", "startDate", "2026-11-21", "lastExpressed", "",
				"babyBirthDate", "", "supplementKind", "NONE", "goal", "FULL_SUPPLY", "nightStart", "22:00", "nightEnd",
				"06:00", "targetSessions", "10", "powerPumpsPerDay", "1"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/plan/setup/2");
		assertThat(post("/plan/setup/2", "path", "INDUCED", "startDate", "2026-11-21", "babyBirthDate", "2026-10-01",
				"babyLatches", "true", "supplementVolume", "400", "supplementKind", "FORMULA", "goal", "FULL_SUPPLY",
				"nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10", "powerPumpsPerDay", "1"))
			.hasRedirectedUrl("/plan/setup/3");
		assertThat(post("/plan/setup/3", "path", "INDUCED", "startDate", "2026-11-21", "babyBirthDate", "2026-10-01",
				"babyLatches", "true", "supplementVolume", "400", "supplementKind", "FORMULA", "goal", "PARTIAL_SUPPLY",
				"nightStart", "23:00", "nightEnd", "07:00", "targetSessions", "12", "fastTrack", "true",
				"!powerPumpsPerDay", "0"))
			.hasRedirectedUrl("/");
		PlanSettings settings = this.plans.current(this.parent.accountId());
		assertThat(settings.path()).isEqualTo(LactationPath.INDUCED);
		assertThat(settings.babyLatches()).isTrue();
		assertThat(settings.supplementMlPerDay()).isEqualByComparingTo("400");
		assertThat(settings.targetSessions()).isEqualTo(12);
		assertThat(settings.fastTrack()).isTrue();
		assertThat(settings.powerPumpsPerDay()).isZero();
		assertThat(this.plans.history(this.parent.accountId())).hasSize(3);
		assertThat(today())
			.contains("Your plan starts on Sat 21 Nov", "Inducing lactation is often slower",
					"nursing system or a syringe", "Relacta needs a little more from the Baby page")
			.doesNotContain("Set up my plan");
	}

	@Test
	void badPlanValuesAreExplainedAndKept() {
		MvcTestResult result = post("/plan/settings", "path", "RELACTATION", "startDate", "2030-01-01", "lastExpressed",
				"2026-12-25", "supplementKind", "NONE", "goal", "DAILY_VOLUME", "goalVolume", "", "nightStart", "22:00",
				"nightEnd", "23:30", "targetSessions", "5", "powerPumpsPerDay", "1");
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Day 1 can be up to a year ago or up to 90 days ahead", "This date is in the future",
					"Please enter the daily amount you are aiming for",
					"Your night window should be 4 to 12 hours long", "At least 6 sessions in 24 hours")
			.contains("value=\"2030-01-01\"", "value=\"23:30\"", "value=\"5\"");
		assertThat(this.plans.isSetUp(this.parent.accountId())).isFalse();
		assertThat(post("/plan/settings", "path", "RELACTATION", "startDate", "someday", "supplementKind", "NONE",
				"goal", "FULL_SUPPLY", "nightStart", "ten", "nightEnd", "06:00", "targetSessions", "ten",
				"powerPumpsPerDay", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("Please enter a date like", "Please enter a time like 22:00",
					"Please enter a whole number from 8 to 12");
	}

	@Test
	void thePlanPageShowsEveryRuleWithItsSource() {
		assertThat(this.mvc.get().uri("/plan").with(user(this.parent))).hasStatusOk()
			.bodyText()
			.contains("rule-R1", "rule-R14", "rule-E7", "rule-F5", "rule-M3", "Relactation step-by-step plan, step 2",
					"KellyMom, decreasing supplements", "ABM Protocol #9 (2018)", "Talk to your prescriber or IBCLC",
					"When to contact a health professional now");
	}

	@Test
	void theSessionTimerFillsInTheLogForm() {
		assertThat(post("/timer/start")).hasRedirectedUrl("/#timer");
		this.clock.advance(Duration.ofMinutes(18));
		assertThat(today()).contains("Session timer: started at 09:00, 18 min so far");
		MvcTestResult stop = post("/timer/stop");
		assertThat(stop).hasStatus3xxRedirection()
			.hasRedirectedUrl("/journal/new?startedAt=2026-11-20T09:00&durationMinutes=18&powerPump=false");
		assertThat(this.mvc.get().uri(stop.getResponse().getRedirectedUrl()).with(user(this.parent))).hasStatusOk()
			.bodyText()
			.contains("value=\"2026-11-20T09:00\"", "value=\"18\"");
		assertThat(today()).contains("Start timer");
	}

	@Test
	void thePowerPumpingTimerWalksThroughTheHour() {
		post("/timer/start", "powerPump", "true");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(today()).contains("Pump now: 15 min left in this step");
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(today()).contains("Rest now: 5 min left in this step");
		this.clock.advance(Duration.ofMinutes(36));
		assertThat(today()).contains("All done: a whole power-pumping hour");
		assertThat(post("/timer/stop"))
			.hasRedirectedUrl("/journal/new?startedAt=2026-11-20T09:00&durationMinutes=61&powerPump=true");
	}

	@Test
	void r13AMorningCountIsNoRedFlagAndAWholeDayOfFewWetDiapersIs() {
		setUp("2026-08-20", "");
		assertThat(post("/baby", "date", "2026-11-20", "wetDiapers", "2", "weight", "", "supplementVolume", ""))
			.hasRedirectedUrl("/baby");
		assertThat(today()).doesNotContain("data-flags");
		assertThat(post("/baby", "date", "2026-11-19", "wetDiapers", "4", "weight", "", "supplementVolume", ""))
			.hasRedirectedUrl("/baby");
		assertThat(today())
			.containsPattern("data-flags id=\"urgent\">\\s*<p data-rule=\"F1\"><strong>4 wet diapers on a recent "
					+ "whole day, fewer than 6. Please contact your baby’s health professional now.");
		assertThat(post("/baby", "date", "2026-11-21", "wetDiapers", "-1", "weight", "42", "supplementVolume", "x"))
			.hasStatusOk()
			.bodyText()
			.contains("Please choose a day in the past year", "cannot be negative",
					"Please check the weight: type it in kilograms, like 4.25, or in grams", "Please enter a number");
	}

	@Test
	void r12TheTaperAsksForChecksSuggestsACutAndThenRemembersIt() {
		setUp("2026-08-20", "300");
		assertThat(today()).contains("data-advice=\"log-checks\"", "A weight from the last 7 days.",
				"Wet diapers for each of the last 2 whole days.");
		post("/baby", "date", "2026-11-12", "wetDiapers", "8", "weight", "5000", "supplementVolume", "300");
		post("/baby", "date", "2026-11-18", "wetDiapers", "8", "weight", "", "supplementVolume", "300");
		post("/baby", "date", "2026-11-19", "wetDiapers", "7", "weight", "5190", "supplementVolume", "300");
		assertThat(today()).contains("data-advice=\"reduce\"", "give about 30 mL less a day, from 300 mL to 270 mL");
		// The parent follows it: 270 mL today. Tomorrow the plan waits, and remembers
		// why.
		post("/baby", "date", "2026-11-20", "wetDiapers", "", "weight", "", "supplementVolume", "270");
		this.clock.set(Instant.parse("2026-11-21T09:00:00Z"));
		post("/baby", "date", "2026-11-20", "wetDiapers", "8", "weight", "", "supplementVolume", "270");
		assertThat(today()).contains("data-advice=\"wait\"",
				"You gave 30 mL less on Fri 20 Nov. Keep this amount until Mon 23 Nov");
		assertThat(page("/baby")).contains("id=\"taper\"", "Now: 270 mL a day.", "Last cut: Fri 20 Nov, 30 mL less.",
				"Next possible cut: Mon 23 Nov");
		assertThat(page("/plan")).contains("id=\"taper\"", "Next possible cut: Mon 23 Nov");
	}

	@Test
	void r12TheSupplementAdviceSpeaksTheParentsUnit() {
		SignedInUser ounces = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.OZ));
		this.parent = ounces;
		setUp("2026-08-20", "10");
		post("/baby", "date", "2026-11-12", "wetDiapers", "8", "weightPounds", "11", "weightOunces", "0.4",
				"supplementVolume", "10");
		post("/baby", "date", "2026-11-18", "wetDiapers", "8", "weight", "", "supplementVolume", "10");
		post("/baby", "date", "2026-11-19", "wetDiapers", "7", "weightPounds", "11", "weightOunces", "7.1",
				"supplementVolume", "10");
		assertThat(today()).contains("give about 1.01 oz less a day, from 10 oz to 8.99 oz");
		assertThat(page("/plan")).contains("10 oz, Formula").doesNotContain(" mL, Formula");
	}

	@Test
	void r14WeightsAndGainsInPoundsAndOuncesForAParentWhoReadsThem() {
		SignedInUser ounces = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.OZ));
		this.parent = ounces;
		setUp("2026-08-20", "");
		assertThat(page("/baby")).contains("Weight: pounds", "and ounces").doesNotContain("Weight (kg or g)");
		assertThat(post("/baby", "date", "2026-11-12", "wetDiapers", "8", "weightPounds", "11", "weightOunces", "0",
				"supplementVolume", ""))
			.hasRedirectedUrl("/baby");
		assertThat(post("/baby", "date", "2026-11-19", "wetDiapers", "8", "weightPounds", "11", "weightOunces", "4.5",
				"supplementVolume", ""))
			.hasRedirectedUrl("/baby");
		assertThat(post("/baby", "date", "2026-11-18", "wetDiapers", "8", "weightPounds", "11", "weightOunces", "16",
				"supplementVolume", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Ounces go up to 15.9", "value=\"16\"");
		assertThat(page("/baby")).contains("11 lb 4.5 oz", "11 lb 0 oz");
		assertThat(post("/settings", "displayName", "Test parent", "timeZone", "Europe/London", "unit", "OZ",
				"weightUnit", "METRIC"))
			.hasRedirectedUrl("/settings");
		assertThat(page("/baby")).contains("5.117 kg", "Weight (kg or g)");
	}

	/**
	 * Plan settings with a birth date, a baby who latches (the baby's checks alone decide
	 * a cut) and a daily supplement (in the parent's unit).
	 */
	private void setUp(String birth, String supplement) {
		assertThat(post("/plan/settings", "path", "RELACTATION", "startDate", "2026-11-10", "babyBirthDate", birth,
				"babyLatches", "true", "supplementVolume", supplement, "supplementKind",
				supplement.isEmpty() ? "NONE" : "FORMULA", "goal", "FULL_SUPPLY", "nightStart", "22:00", "nightEnd",
				"06:00", "targetSessions", "10", "powerPumpsPerDay", "1"))
			.hasRedirectedUrl("/plan");
	}

	private String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(this.parent)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String today() {
		MvcTestResult result = this.mvc.get().uri("/").with(user(this.parent)).exchange();
		assertThat(result).hasStatusOk().hasViewName("today/today");
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void log(String start, String... fields) {
		// Logged as of the next midnight, so that "now" in the test can be earlier than
		// the start.
		Instant now = this.clock.instant();
		this.clock.set(Instant.parse("2026-11-21T00:00:00Z"));
		TestRequests.logSession(this.mvc, this.parent, start, fields);
		this.clock.set(now);
	}

	private MvcTestResult post(String uri, String... fields) {
		return TestRequests.post(this.mvc, this.parent, uri, fields);
	}

}
