package app.relacta.progress;

import java.time.Instant;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
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
 * /progress/daily.json through the whole application, on H2 and (in CI) PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ProgressFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void atPlanStart() {
		// Accounts made now start their default plan today: day 1 is 1 November in these
		// zones.
		this.clock.set(Instant.parse("2026-11-01T12:00:00Z"));
	}

	@Test
	void everyDayOfTheRangeIsThereWithTheDatabasesTotalsInTheParentsZone() {
		// Kiritimati is UTC+14: 23:30 on 2 November there is 09:30 UTC on the same day.
		SignedInUser parent = TestAccounts
			.user(TestAccounts.parent(this.accounts, "Pacific/Kiritimati", VolumeUnit.ML));
		this.clock.set(Instant.parse("2026-11-05T12:00:00Z"));
		log(parent, "2026-11-02T20:00", "totalVolume", "20", "powerPump", "true", "durationMinutes", "60");
		log(parent, "2026-11-02T23:30", "totalVolume", "25");
		log(parent, "2026-11-03T02:30", "dropsOnly", "true");
		log(parent, "2026-11-03T06:00", "leftVolume", "10", "rightVolume", "12.5");
		SignedInUser other = TestAccounts.user(TestAccounts.parent(this.accounts, "Pacific/Kiritimati", VolumeUnit.ML));
		log(other, "2026-11-03T06:00", "totalVolume", "999");

		assertThat(this.mvc.get().uri("/progress/daily.json?from=2026-11-01&to=2026-11-04").with(user(parent)))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"date":"2026-11-01","day":0,"sessions":0,"totalMl":0.0,"dropsOnlySessions":0,"powerPumps":0,
					  "longestGapMinutes":0,"nightSession":false,"average7Ml":0.0,"complete":true},
					 {"date":"2026-11-02","day":1,"sessions":2,"totalMl":45.0,"dropsOnlySessions":0,"powerPumps":1,
					  "longestGapMinutes":210,"nightSession":true,"average7Ml":6.4,"complete":true},
					 {"date":"2026-11-03","day":2,"sessions":2,"totalMl":22.5,"dropsOnlySessions":1,"powerPumps":0,
					  "longestGapMinutes":210,"nightSession":true,"average7Ml":9.6,"complete":true},
					 {"date":"2026-11-04","day":3,"sessions":0,"totalMl":0.0,"dropsOnlySessions":0,"powerPumps":0,
					  "longestGapMinutes":0,"nightSession":false,"average7Ml":9.6,"complete":true}]""");
	}

	@Test
	void todayIsSoFarNeverAWholeDayInTheChartOrItsAverage() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		this.clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		for (int day = 3; day <= 9; day++) {
			log(parent, "2026-11-0" + day + "T10:00", "totalVolume", "70");
		}
		log(parent, "2026-11-10T07:00", "totalVolume", "10");
		var json = assertThat(
				this.mvc.get().uri("/progress/daily.json?from=2026-11-09&to=2026-11-10").with(user(parent)))
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$[0].average7Ml").isEqualTo(70.0);
		json.extractingPath("$[0].complete").isEqualTo(true);
		// Today's 10 mL so far is shown as it is, and the average stays that of the seven
		// whole days before it (it would read 50 mL with today counted as a whole day).
		json.extractingPath("$[1].totalMl").isEqualTo(10.0);
		json.extractingPath("$[1].average7Ml").isEqualTo(70.0);
		json.extractingPath("$[1].complete").isEqualTo(false);
		assertThat(this.mvc.get().uri("/progress").with(user(parent))).bodyText().contains("so far");
	}

	@Test
	void aSessionLateInTheEveningWestOfUtcStaysOnItsOwnDay() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Pacific/Honolulu", VolumeUnit.OZ));
		this.clock.set(Instant.parse("2026-11-05T12:00:00Z"));
		// 23:30 on 2 November in Honolulu (UTC-10) is 09:30 UTC on 3 November.
		log(parent, "2026-11-02T23:30", "totalVolume", "1");
		assertThat(this.mvc.get().uri("/progress/daily.json?from=2026-11-02&to=2026-11-03").with(user(parent)))
			.bodyJson()
			.extractingPath("$[*].totalMl")
			.asArray()
			.containsExactly(29.57, 0.0);
	}

	@Test
	void aRangeThatMakesNoSenseIsABadRequest() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		assertThat(this.mvc.get().uri("/progress/daily.json?from=2026-11-04&to=2026-11-01").with(user(parent)))
			.hasStatus(400);
		assertThat(this.mvc.get().uri("/progress/daily.json?from=2020-01-01&to=2026-11-01").with(user(parent)))
			.hasStatus(400);
		assertThat(this.mvc.get().uri("/progress/daily.json?from=2026-11-01").with(user(parent))).hasStatus(400);
		assertThat(this.mvc.get().uri("/progress/daily.json?from=yesterday&to=2026-11-01").with(user(parent)))
			.hasStatus(400);
		assertThat(this.mvc.get().uri("/progress/daily.json?from=2026-11-01&to=2026-11-02")).hasStatus3xxRedirection();
	}

	@Test
	void milestonesAreDatedWhenTheyHappenedInTheParentsUnitAndFollowAnEditedSession() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.OZ));
		this.clock.set(Instant.parse("2026-11-10T12:00:00Z"));
		log(parent, "2026-11-02T08:00", "dropsOnly", "true");
		long first10 = TestRequests.logSession(this.mvc, parent, "2026-11-04T08:00", "totalVolume", "0.5");
		log(parent, "2026-11-06T08:00", "totalVolume", "0.4");
		assertThat(progress(parent)).contains("2 Nov", "Your first drops", "4 Nov",
				"Your first session of 0.34 oz or more");
		this.clock.set(Instant.parse("2026-11-12T12:00:00Z"));
		assertThat(progress(parent)).as("the next days, the same dates")
			.contains("4 Nov", "Your first session of 0.34 oz or more");
		// The 4 November session was less than was typed: the milestone moves to the 6th.
		assertThat(TestRequests.post(this.mvc, parent, "/journal/" + first10, "startedAt", "2026-11-04T08:00",
				"durationMinutes", "20", "method", "DOUBLE_PUMP", "totalVolume", "0.3", "version", "0"))
			.hasStatus3xxRedirection();
		assertThat(progress(parent)).containsPattern("6 Nov</strong>\\s*<span>Your first session of 0.34 oz or more");
	}

	@Test
	void anUnchangedChartOrExportIsNotModifiedAndAnyChangeIsSeen() throws Exception {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		this.clock.set(Instant.parse("2026-11-05T12:00:00Z"));
		log(parent, "2026-11-03T06:00", "totalVolume", "20");
		String[] paths = { "/progress/daily.json?from=2026-11-01&to=2026-11-04", "/journal/export.csv" };
		for (int i = 0; i < paths.length; i++) {
			String path = paths[i];
			MvcTestResult first = this.mvc.get().uri(path).with(user(parent)).exchange();
			assertThat(first).hasStatusOk();
			String tag = first.getResponse().getHeader("ETag");
			assertThat(tag).as(path).isNotBlank();
			assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");
			assertThat(this.mvc.get().uri(path).header("If-None-Match", tag).with(user(parent))).hasStatus(304);
			// Someone else's change is not this parent's.
			SignedInUser other = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
			log(other, "2026-11-03T07:00", "totalVolume", "5");
			String hour = (i == 0) ? "09" : "12";
			assertThat(this.mvc.get().uri(path).header("If-None-Match", tag).with(user(parent))).hasStatus(304);
			log(parent, "2026-11-03T" + hour + ":00", "totalVolume", "30");
			MvcTestResult changed = this.mvc.get().uri(path).header("If-None-Match", tag).with(user(parent)).exchange();
			assertThat(changed).hasStatusOk()
				.bodyText()
				.isNotEqualTo(first.getResponse().getContentAsString())
				.contains(path.endsWith(".csv") ? "2026-11-03T12:00:00Z" : "\"totalMl\":50.0");
			assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(tag);
		}
	}

	private String progress(SignedInUser who) {
		MvcTestResult result = this.mvc.get().uri("/progress?range=30").with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private void log(SignedInUser who, String start, String... fields) {
		TestRequests.logSession(this.mvc, who, start, fields);
	}

}
