package app.relacta.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.DayVolume;
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
 * The journal through the whole application: HTTP in, database and HTML out, with "now"
 * fixed at 22 November 2026, 12:00 UTC.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class JournalFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private LoggedSessionRepository sessions;

	@Autowired
	private JournalService journal;

	@Autowired
	private MutableClock clock;

	private SignedInUser parent;

	@BeforeEach
	void newParent() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

	@Test
	void aLoggedSessionIsListedUnderItsDayWithTheDaysTotal() throws Exception {
		long id = log(this.parent, "2026-11-22T10:00", "leftVolume", "10", "rightVolume", "12.5", "massage", "true");
		log(this.parent, "2026-11-22T08:00", "totalVolume", "7.5", "handExpression", "true");
		log(this.parent, "2026-11-22T06:00", "dropsOnly", "true");

		MvcTestResult journal = this.mvc.get().uri("/journal").with(user(this.parent)).exchange();
		assertThat(journal).hasStatusOk().hasViewName("journal/list");
		String html = journal.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Today", "3 sessions", "30 mL in all", "Left\u00a010", "Right\u00a012.5", "Drops")
			.contains("/journal/" + id + "/edit");
		assertThat(html.indexOf("10:00")).isLessThan(html.indexOf("08:00")).isLessThan(html.indexOf("06:00"));
	}

	@Test
	void theFormOpensAtNowInTheParentsZone() {
		SignedInUser inTokyo = TestAccounts.user(TestAccounts.parent(this.accounts, "Asia/Tokyo", VolumeUnit.OZ));
		assertThat(this.mvc.get().uri("/journal/new").with(user(inTokyo))).hasStatusOk()
			.bodyText()
			.contains("value=\"2026-11-22T21:00\"", "value=\"20\"", "Left (oz)");
	}

	@Test
	void everyBadValueGetsItsMessageAndWhatWasTypedStays() {
		MvcTestResult result = post("/journal", this.parent, "startedAt", "2026-11-23T09:00", "durationMinutes", "0",
				"method", "DOUBLE_PUMP", "leftVolume", "abc", "rightVolume", "-2", "totalVolume", "5000", "notes",
				"x".repeat(1001));
		assertThat(result).hasStatusOk().hasViewName("journal/form");
		assertThat(result).bodyText()
			.contains("This time is in the future", "A session is at least 1 minute long",
					"Please enter a number, like 15 or 2.5", "A volume cannot be negative",
					"That is more than 1000 mL in one session", "Notes can be up to 1,000 characters")
			.contains("value=\"abc\"", "value=\"-2\"", "value=\"5000\"", "value=\"0\"", "value=\"2026-11-23T09:00\"");
		assertThat(this.sessions.findByParentIdAndLocalDateBetweenOrderByStartedAtDesc(this.parent.accountId(),
				LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01")))
			.isEmpty();
	}

	@Test
	void aStartMoreThanAYearAgoIsQueried() {
		assertThat(post("/journal", this.parent, "startedAt", "0001-01-01T03:00", "durationMinutes", "20", "method",
				"DOUBLE_PUMP"))
			.hasStatusOk()
			.bodyText()
			.contains("more than a year ago");
		log(this.parent, "2025-11-23T10:00");
	}

	@Test
	void aJournalPageFarOutsideAnyRealDateIsABadRequestNeverAnError() {
		// Dates are bounded to the years 1900 to 2199 (issue 11): a hand-made address far
		// outside them gets the friendly 400 page.
		assertThat(this.mvc.get().uri("/journal?until=-999999999-01-01").with(user(this.parent))).hasStatus(400);
		assertThat(this.mvc.get().uri("/journal?until=%2B999999999-12-31").with(user(this.parent))).hasStatus(400);
		assertThat(this.mvc.get().uri("/journal?until=1999-01-01").with(user(this.parent))).hasStatusOk();
	}

	@Test
	void aMissingOrUnreadableStartIsExplained() {
		assertThat(post("/journal", this.parent, "startedAt", "", "durationMinutes", "20", "method", "DOUBLE_PUMP"))
			.hasStatusOk()
			.bodyText()
			.contains("Please enter when the session started");
		assertThat(post("/journal", this.parent, "startedAt", "yesterday 3am", "durationMinutes", "200", "method",
				"TELEPATHY"))
			.hasStatusOk()
			.bodyText()
			.contains("Please enter a date and time", "value=\"yesterday 3am\"", "at most 180 minutes",
					"Please choose one of the options");
	}

	@Test
	void anOverlappingSessionIsRefusedWithALinkToTheOneItOverlaps() {
		long first = log(this.parent, "2026-11-22T10:00");
		MvcTestResult overlap = post("/journal", this.parent, "startedAt", "2026-11-22T10:10", "durationMinutes", "20",
				"method", "SINGLE_PUMP");
		assertThat(overlap).hasStatusOk()
			.bodyText()
			.contains("This overlaps a session you already logged from 10:00 to 10:20")
			.contains("href=\"/journal/" + first + "/edit\"");
		// Back to back is not an overlap.
		log(this.parent, "2026-11-22T10:20");
		log(this.parent, "2026-11-22T09:40");
	}

	@Test
	void aSessionCanBeEditedAndTheTotalFollowsTheSides() {
		long id = log(this.parent, "2026-11-22T10:00", "totalVolume", "30");
		MvcTestResult form = this.mvc.get().uri("/journal/{id}/edit", id).with(user(this.parent)).exchange();
		assertThat(form).hasStatusOk().bodyText().contains("value=\"30\"", "name=\"version\" value=\"0\"");

		assertThat(post("/journal/" + id, this.parent, "startedAt", "2026-11-22T10:05", "durationMinutes", "25",
				"method", "BREASTFEEDING", "leftVolume", "20", "rightVolume", "25", "notes", "better", "version", "0"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/journal?until=2026-11-22#session-" + id);
		LoggedSession saved = this.sessions.findById(id).orElseThrow();
		assertThat(saved.getStartedAt()).isEqualTo(Instant.parse("2026-11-22T10:05:00Z"));
		assertThat(saved.getMethod()).isEqualTo(SessionMethod.BREASTFEEDING);
		assertThat(saved.getTotalMl()).isEqualByComparingTo("45");
		assertThat(saved.getNotes()).isEqualTo("better");
		assertThat(saved.getVersion()).isEqualTo(1);
	}

	@Test
	void aSecondTabSavingAnOlderVersionIsToldAndShownTheCurrentOne() {
		long id = log(this.parent, "2026-11-22T10:00", "totalVolume", "30");
		// Tab one saves.
		assertThat(post("/journal/" + id, this.parent, "startedAt", "2026-11-22T10:00", "durationMinutes", "20",
				"method", "DOUBLE_PUMP", "totalVolume", "35", "notes", "from tab one", "version", "0"))
			.hasStatus3xxRedirection();
		// Tab two, opened before that save, saves too.
		MvcTestResult conflict = post("/journal/" + id, this.parent, "startedAt", "2026-11-22T10:00", "durationMinutes",
				"20", "method", "DOUBLE_PUMP", "totalVolume", "40", "notes", "from tab two", "version", "0");
		assertThat(conflict).hasStatusOk()
			.bodyText()
			.contains("changed in another tab or on another device", "from tab one", "35 mL")
			.contains("from tab two</textarea>", "value=\"40\"", "name=\"version\" value=\"1\"");
		assertThat(this.sessions.findById(id).orElseThrow().getNotes()).isEqualTo("from tab one");
		// Saving again on purpose, now from the current version, works.
		assertThat(post("/journal/" + id, this.parent, "startedAt", "2026-11-22T10:00", "durationMinutes", "20",
				"method", "DOUBLE_PUMP", "totalVolume", "40", "notes", "from tab two", "version", "1"))
			.hasStatus3xxRedirection();
		assertThat(this.sessions.findById(id).orElseThrow().getNotes()).isEqualTo("from tab two");
	}

	@Test
	void aSessionIsDeletedAfterConfirmation() {
		long id = log(this.parent, "2026-11-22T10:00", "notes", "to go");
		assertThat(this.mvc.get().uri("/journal/{id}/delete", id).with(user(this.parent))).hasStatusOk()
			.bodyText()
			.contains("Delete this session?", "to go");
		assertThat(this.sessions.findById(id)).isPresent();
		assertThat(post("/journal/" + id + "/delete", this.parent)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/journal");
		assertThat(this.sessions.findById(id)).isEmpty();
	}

	@Test
	void anotherParentsSessionIsNotFoundByAnyRoute() {
		long id = log(this.parent, "2026-11-22T10:00", "notes", "private");
		SignedInUser other = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));

		// The friendly 404 page itself is rendered by the servlet container: see
		// ErrorPageTests.
		assertThat(this.mvc.get().uri("/journal/{id}/edit", id).with(user(other))).hasStatus(404)
			.bodyText()
			.doesNotContain("private");
		assertThat(this.mvc.get().uri("/journal/{id}/delete", id).with(user(other))).hasStatus(404);
		assertThat(post("/journal/" + id, other, "startedAt", "2026-11-22T11:00", "durationMinutes", "20", "method",
				"DOUBLE_PUMP", "version", "0"))
			.hasStatus(404);
		assertThat(post("/journal/" + id + "/delete", other)).hasStatus(404);
		assertThat(this.mvc.get().uri("/journal").with(user(other))).bodyText().doesNotContain("private");

		LoggedSession untouched = this.sessions.findById(id).orElseThrow();
		assertThat(untouched.getNotes()).isEqualTo("private");
		assertThat(untouched.getVersion()).isZero();
		// A session id that exists nowhere answers the same.
		assertThat(this.mvc.get().uri("/journal/{id}/edit", Long.MAX_VALUE).with(user(other))).hasStatus(404);
	}

	@Test
	void userTextIsShownAsTextNeverAsMarkup() {
		log(this.parent, "2026-11-22T10:00", "notes", "<script>alert('x')</script> & <b>bold</b>");
		assertThat(this.mvc.get().uri("/journal").with(user(this.parent))).bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
			.doesNotContain("<script>alert");
	}

	@Test
	void volumesAreTypedAndShownInOuncesAndStoredInMillilitres() {
		SignedInUser ozParent = TestAccounts
			.user(TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.OZ));
		long id = log(ozParent, "2026-11-22T06:00", "leftVolume", "2", "rightVolume", "1,5");
		LoggedSession saved = this.sessions.findById(id).orElseThrow();
		assertThat(saved.getLeftMl()).isEqualByComparingTo("59.15");
		assertThat(saved.getTotalMl()).isEqualByComparingTo("103.51");
		assertThat(this.mvc.get().uri("/journal").with(user(ozParent))).bodyText()
			.contains("3.5 oz in all", "Left\u00a02", "Right\u00a01.5");
		assertThat(this.mvc.get().uri("/journal/{id}/edit", id).with(user(ozParent))).bodyText()
			.contains("value=\"2\"", "value=\"1.5\"");
	}

	@Test
	void daysAreTheParentsLocalDaysFarFromUtc() {
		// 12:00 UTC is 02:00 on 23 November in Kiritimati (UTC+14).
		SignedInUser farEast = TestAccounts
			.user(TestAccounts.parent(this.accounts, "Pacific/Kiritimati", VolumeUnit.ML));
		log(farEast, "2026-11-22T23:30", "totalVolume", "40");
		log(farEast, "2026-11-23T01:00", "totalVolume", "25");
		List<DayVolume> days = this.journal.dayTotals(farEast.accountId(), LocalDate.parse("2026-11-20"),
				LocalDate.parse("2026-11-24"));
		assertThat(days).extracting(DayVolume::date)
			.containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-22"));
		assertThat(days).extracting(DayVolume::totalMl)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("25"), new java.math.BigDecimal("40"));
		assertThat(this.mvc.get().uri("/journal").with(user(farEast))).bodyText()
			.contains("Today", "Yesterday", "Monday 23 November", "Sunday 22 November");
	}

	@Test
	void theJournalShowsAWeekAndLeadsToOlderOnes() {
		this.clock.set(Instant.parse("2026-09-01T12:00:00Z"));
		log(this.parent, "2026-09-01T10:00", "notes", "long ago");
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		log(this.parent, "2026-11-16T10:00", "notes", "first day of the window");
		log(this.parent, "2026-11-15T10:00", "notes", "the week before");
		log(this.parent, "2026-11-22T10:00", "notes", "today");

		MvcTestResult latest = this.mvc.get().uri("/journal").with(user(this.parent)).exchange();
		assertThat(latest).bodyText()
			.contains("today", "first day of the window", "/journal?until=2026-11-15")
			.doesNotContain("long ago", "the week before", "Newer days");
		assertThat(this.mvc.get().uri("/journal?until=2026-09-01").with(user(this.parent))).bodyText()
			.contains("long ago", "Newer days", "/journal?until=2026-09-08")
			.doesNotContain("first day of the window", "Older days");
	}

	@Test
	void aFullWeekFitsWhatAPhoneShouldDownload() throws Exception {
		this.clock.set(Instant.parse("2026-11-22T23:00:00Z"));
		for (LocalDate day = LocalDate.parse("2026-11-15"); !day.isAfter(LocalDate.parse("2026-11-22")); day = day
			.plusDays(1)) {
			for (int hour = 0; hour < 24; hour += 2) {
				log(this.parent, day + "T" + String.format("%02d", hour) + ":30", "leftVolume", "12", "rightVolume",
						"14.5", "handExpression", "true", "powerPump", (hour == 18) ? "true" : "false", "notes",
						(hour == 2) ? "Night session, a good letdown after massage" : "");
			}
		}
		MvcTestResult week = this.mvc.get().uri("/journal").with(user(this.parent)).exchange();
		String html = week.getResponse().getContentAsString();
		assertThat(html.split("id=\"session-", -1)).hasSize(7 * 12 + 1);
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("bytes of a week's journal")
			.isLessThan(40_000);
	}

	@Test
	void theCsvExportHoldsEverySessionAndSurvivesARoundTrip() throws Exception {
		String awkward = "Left sore, \"better\" after massage\nthen 2 mL more";
		log(this.parent, "2026-11-22T01:30", "leftVolume", "10", "rightVolume", "12.5", "powerPump", "true", "notes",
				awkward);
		log(this.parent, "2026-11-22T06:00", "dropsOnly", "true", "notes", "=HYPERLINK(\"x\")");
		SignedInUser other = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		log(other, "2026-11-22T07:00", "notes", "not mine");

		MvcTestResult export = this.mvc.get().uri("/journal/export.csv").with(user(this.parent)).exchange();
		assertThat(export).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"relacta-journal.csv\"");
		String csv = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(csv))
			.getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("started_at")).isEqualTo("2026-11-22T01:30:00Z");
		assertThat(rows.get(0).get("ended_at")).isEqualTo("2026-11-22T01:50:00Z");
		assertThat(rows.get(0).get("time_zone")).isEqualTo("Europe/London");
		assertThat(rows.get(0).get("total_ml")).isEqualTo("22.5");
		assertThat(rows.get(0).get("power_pump")).isEqualTo("true");
		assertThat(rows.get(0).get("notes")).isEqualTo(awkward);
		assertThat(rows.get(1).get("drops_only")).isEqualTo("true");
		assertThat(rows.get(1).get("total_ml")).isEmpty();
		assertThat(rows.get(1).get("notes")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(csv).doesNotContain("not mine");
	}

	@Test
	void theQuickLogSavesTheMilkTypedAsASessionThatEndsNowWithTheLastSessionsMinutesAndMethod() {
		// 12:00 UTC is 12:00 in London: 20 minutes (the plan's) ending now started at
		// 11:40.
		assertThat(this.mvc.get().uri("/").with(user(this.parent))).bodyText()
			.contains("data-quick-log", "name=\"durationMinutes\" value=\"20\"",
					"name=\"method\" value=\"DOUBLE_PUMP\"");
		assertThat(post("/journal/quick", this.parent, "totalVolume", "35", "durationMinutes", "20", "method",
				"DOUBLE_PUMP"))
			.hasRedirectedUrl("/journal?until=2026-11-22#session-" + newest().getId());
		LoggedSession saved = newest();
		assertThat(saved.getStartedAt()).isEqualTo(Instant.parse("2026-11-22T11:40:00Z"));
		assertThat(saved.getTotalMl()).isEqualByComparingTo("35");

		// The next quick log takes the last session's minutes and method.
		this.clock.advance(java.time.Duration.ofHours(3));
		log(this.parent, "2026-11-22T14:00", "durationMinutes", "30", "method", "BREASTFEEDING");
		this.clock.advance(java.time.Duration.ofHours(1));
		assertThat(this.mvc.get().uri("/").with(user(this.parent))).bodyText()
			.contains("name=\"durationMinutes\" value=\"30\"", "name=\"method\" value=\"BREASTFEEDING\"",
					"30 min, Breastfeeding, ending now");
		// Nothing typed: a session not measured.
		assertThat(post("/journal/quick", this.parent, "totalVolume", "", "durationMinutes", "30", "method",
				"BREASTFEEDING"))
			.hasStatus3xxRedirection();
		assertThat(newest().getTotalMl()).isNull();
	}

	@Test
	void aQuickLogToLookAtAgainOpensTheFullFormWithWhatWasTypedAndTheMessageBesideIt() {
		assertThat(post("/journal/quick", this.parent, "totalVolume", "abc", "durationMinutes", "20", "method",
				"DOUBLE_PUMP"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"save-session\"", "value=\"abc\"", "Please enter a number", "value=\"2026-11-22T11:40\"");
		assertThat(post("/journal/quick", this.parent, "totalVolume", "5000", "durationMinutes", "20", "method",
				"DOUBLE_PUMP"))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"5000\"", "That is more than 1000 mL in one session");
		// Minutes sent as nonsense are asked for again; nothing is stored.
		assertThat(post("/journal/quick", this.parent, "totalVolume", "10", "durationMinutes", "0x14", "method",
				"DOUBLE_PUMP"))
			.hasStatusOk();
		assertThat(this.sessions.findFirstByParentIdOrderByStartedAtDesc(this.parent.accountId())).isEmpty();
		// A quick log over a session already logged says which one.
		log(this.parent, "2026-11-22T11:50");
		assertThat(post("/journal/quick", this.parent, "totalVolume", "10", "durationMinutes", "20", "method",
				"DOUBLE_PUMP"))
			.hasStatusOk()
			.bodyText()
			.contains("11:50");
	}

	private LoggedSession newest() {
		return this.sessions.findFirstByParentIdOrderByStartedAtDesc(this.parent.accountId()).orElseThrow();
	}

	private long log(SignedInUser who, String start, String... fields) {
		return TestRequests.logSession(this.mvc, who, start, fields);
	}

	private MvcTestResult post(String uri, SignedInUser who, String... fields) {
		return TestRequests.post(this.mvc, who, uri, fields);
	}

}
