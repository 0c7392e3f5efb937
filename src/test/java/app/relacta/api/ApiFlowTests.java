package app.relacta.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import app.relacta.HttpBrowser;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.CareService;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import app.relacta.imports.Imports;
import app.relacta.journal.JournalService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API used end to end over real HTTP by a plain client, as a script would: a token
 * traded for the password, sessions logged, read, changed and deleted, the day's plan and
 * figures, baby checks, refusals as problems, and a consultant reading only a client who
 * shares with them now.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiFlowTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private CareService care;

	@Autowired
	private ApiTokens tokens;

	private ApiClient api;

	private Account parent;

	private String token;

	private LocalDateTime now;

	@BeforeEach
	void parentWithToken() throws Exception {
		this.api = new ApiClient(this.port);
		this.parent = TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.OZ);
		this.token = this.api.token(this.parent.getEmail(), TestAccounts.PASSWORD, null);
		this.now = LocalDateTime.now(ZoneId.of("America/New_York")).truncatedTo(ChronoUnit.MINUTES);
	}

	@Test
	void aScriptLogsReadsChangesAndDeletesSessionsWithAToken() throws Exception {
		assertThat(this.token).startsWith("rlc_");
		String start = this.now.minusHours(3).toString();
		ApiClient.Answer created = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), """
				{"start": "%s", "durationMinutes": 20, "method": "DOUBLE_PUMP", "leftMl": 30,
				 "rightMl": 22.5, "massage": true, "notes": "From my pump's app"}""".formatted(start));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode session = created.json();
		long id = session.get("id").asLong();
		assertThat(created.location()).endsWith("/api/v1/sessions/" + id);
		assertThat(session.get("totalMl").decimalValue()).isEqualByComparingTo("52.5");
		assertThat(session.get("zone").asString()).isEqualTo("America/New_York");
		assertThat(session.get("start").asString()).startsWith(start);
		// The parent shows ounces; the API speaks mL, and the journal shows the same
		// session in the parent's unit.
		assertThat(this.journal.view(this.parent.getId(), id).left()).isEqualTo("1.01");

		JsonNode list = this.api.get("/api/v1/sessions?from=" + this.now.toLocalDate().minusDays(1), this.token).json();
		assertThat(list.get("count").asLong()).isEqualTo(1);
		assertThat(list.get("results").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(list.get("next").isNull()).isTrue();

		ApiClient.Answer changed = this.api.send("PUT", "/api/v1/sessions/" + id, ApiClient.bearer(this.token), """
				{"start": "%s", "durationMinutes": 25, "method": "DOUBLE_PUMP", "totalMl": 40, "version": 0}"""
			.formatted(start));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("durationMinutes").asInt()).isEqualTo(25);
		assertThat(changed.json().get("version").asLong()).isEqualTo(1);

		ApiClient.Answer stale = this.api.send("PUT", "/api/v1/sessions/" + id, ApiClient.bearer(this.token), """
				{"start": "%s", "durationMinutes": 30, "method": "DOUBLE_PUMP", "version": 0}""".formatted(start));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("errors").get("version").asString()).isNotBlank();

		ApiClient.Answer overlap = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), """
				{"start": "%s", "durationMinutes": 20, "method": "BREASTFEEDING"}"""
			.formatted(this.now.minusHours(3).plusMinutes(10)));
		assertThat(overlap.status()).isEqualTo(409);
		assertThat(overlap.json().get("conflictingSessionId").asLong()).isEqualTo(id);

		assertThat(this.api.send("DELETE", "/api/v1/sessions/" + id, ApiClient.bearer(this.token), null).status())
			.isEqualTo(204);
		assertThat(this.api.get("/api/v1/sessions/" + id, this.token).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/sessions", this.token).json().get("count").asLong()).isZero();
	}

	@Test
	void aStartWithAnOffsetIsTheSameInstantInTheParentsZone() throws Exception {
		String utc = this.now.minusHours(2).atZone(ZoneId.of("America/New_York")).toInstant().toString();
		JsonNode session = this.api
			.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token),
					"{\"start\": \"" + utc + "\", \"durationMinutes\": 15, \"method\": \"HAND_EXPRESSION\"}")
			.json();
		assertThat(session.get("start").asString()).isEqualTo(this.now.minusHours(2) + ":00-05:00");
	}

	@Test
	void badInputIsAProblemWithEveryFieldAndNothingIsSaved() throws Exception {
		ApiClient.Answer refused = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), """
				{"start": "%s", "durationMinutes": 900, "leftMl": -1, "totalMl": 5}""".formatted(this.now.plusDays(2)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		JsonNode errors = refused.json().get("errors");
		assertThat(errors.propertyNames()).contains("start", "durationMinutes", "method", "leftMl");
		assertThat(errors.get("durationMinutes").asString()).contains("180 minutes");

		for (String body : new String[] { "{not json", "{\"durationMinutes\": \"twenty\"}",
				"{\"start\": \"yesterday\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}",
				"{\"method\": \"TELEPATHY\"}", "[]", "{\"durationMinutes\": 1e400}" }) {
			ApiClient.Answer answer = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), body);
			assertThat(answer.status()).as(body + ": " + answer.body()).isEqualTo(400);
		}
		for (String query : new String[] { "limit=0", "limit=501", "offset=-1", "limit=abc", "from=2026-13-01",
				"from=2026-11-20&to=2026-11-01" }) {
			ApiClient.Answer answer = this.api.get("/api/v1/sessions?" + query, this.token);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.json().get("errors").size()).as(query).isPositive();
		}
		assertThat(this.api.get("/api/v1/daily?from=2020-01-01&to=2026-11-01", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/daily", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/sessions", this.token).json().get("count").asLong()).isZero();
	}

	@Test
	void hostileInputIsRefusedWithA4xxAndNothingIsSaved() throws Exception {
		String start = this.now.minusHours(1).toString();
		String[] bodies = {
				"{\"start\": \"" + start + "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\", "
						+ "\"notes\": \"" + "x".repeat(1001) + "\"}",
				"{\"start\": \"" + start + "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\", "
						+ "\"totalMl\": 1e9999}",
				"{\"start\": \"" + start + "\", \"durationMinutes\": 99999999999, \"method\": \"DOUBLE_PUMP\"}",
				"{\"start\": \"+999999999-12-31T23:59\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}",
				"{\"start\": \"" + start + "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\", "
						+ "\"totalMl\": 5, \"dropsOnly\": true}",
				"{\"start\": \"" + start + "\", \"durationMinutes\": 20, \"method\": null}", "null", "42", "\"text\"",
				"{\"start\": {\"nested\": true}}" };
		for (String body : bodies) {
			ApiClient.Answer answer = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), body);
			assertThat(answer.status()).as(body.substring(0, Math.min(body.length(), 120)) + ": " + answer.body())
				.isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		assertThat(this.api.send("PUT", "/api/v1/sessions/abc", ApiClient.bearer(this.token), "{}").status())
			.isEqualTo(400);
		assertThat(this.api.send("PUT", "/api/v1/baby-checks/2026-02-30", ApiClient.bearer(this.token), "{}").status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/v1/sessions/99999999999999999999", this.token).status()).isEqualTo(400);
		assertThat(this.api.send("GET", "/api/v1/sessions", "Bearer " + "rlc_" + "a".repeat(5000), null).status())
			.isEqualTo(401);
		assertThat(this.api.send("GET", "/api/v1/sessions", "Bearer", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/sessions", this.token).json().get("count").asLong()).isZero();
	}

	@Test
	void aScriptImportsATrackersFileAfterADryRun() throws Exception {
		String start = this.now.minusDays(2).withHour(3).withMinute(0).toString().replace('T', ' ');
		String file = "id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags\n"
				+ "1,1,Mia,Haddad,1.5," + start + ":00,,From the pump app,\n" + "2,1,Mia,Haddad,two," + start
				+ ":00,,,\n";
		ApiClient.Answer dry = this.api.send("POST", "/api/v1/imports?minutes=25", ApiClient.bearer(this.token), file);
		assertThat(dry.status()).as(dry.body()).isEqualTo(200);
		assertThat(dry.json().get("kind").asString()).isEqualTo("BABY_BUDDY_PUMPING");
		assertThat(dry.json().get("saved").asBoolean()).isFalse();
		assertThat(dry.json().get("sessions").asInt()).isEqualTo(1);
		assertThat(dry.json().get("skipped").get(0).get("line").asLong()).isEqualTo(3);
		assertThat(dry.json().get("skipped").get(0).get("reason").asString()).contains("could not be read");
		assertThat(this.api.get("/api/v1/sessions", this.token).json().get("count").asLong()).isZero();

		ApiClient.Answer saved = this.api.send("POST", "/api/v1/imports?minutes=25&dryRun=false",
				ApiClient.bearer(this.token), file);
		assertThat(saved.json().get("saved").asBoolean()).isTrue();
		JsonNode session = this.api.get("/api/v1/sessions", this.token).json().get("results").get(0);
		// The parent shows ounces, so an amount without a unit is in ounces.
		assertThat(session.get("totalMl").decimalValue()).isEqualByComparingTo("44.36");
		assertThat(session.get("durationMinutes").asInt()).isEqualTo(25);
		assertThat(this.api.send("POST", "/api/v1/imports?dryRun=false", ApiClient.bearer(this.token), file)
			.json()
			.get("sessions")
			.asInt()).as("the same file twice").isZero();

		ApiClient.Answer broken = this.api.send("POST", "/api/v1/imports", ApiClient.bearer(this.token),
				"id,amount,start\n1,2,\"never closed\n");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("line").asLong()).isEqualTo(2);
		assertThat(
				this.api.send("POST", "/api/v1/imports?zone=Mars/Olympus", ApiClient.bearer(this.token), file).status())
			.isEqualTo(400);
		ApiClient.Answer tooLarge = this.api.send("POST", "/api/v1/imports", ApiClient.bearer(this.token),
				"id,amount,start\n" + "x".repeat(Imports.MAX_BYTES));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
	}

	@Test
	void listsArePagedWithLinks() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(this.api
				.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token),
						"{\"start\": \"" + this.now.minusHours(2L * i + 1)
								+ "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}")
				.status()).isEqualTo(201);
		}
		JsonNode first = this.api.get("/api/v1/sessions?limit=2", this.token).json();
		assertThat(first.get("count").asLong()).isEqualTo(5);
		assertThat(first.get("results")).hasSize(2);
		assertThat(first.get("previous").isNull()).isTrue();
		String next = first.get("next").asString();
		assertThat(next).contains("limit=2").contains("offset=2");
		JsonNode last = this.api.get(next.substring(next.indexOf("/api/")).replace("offset=2", "offset=4"), this.token)
			.json();
		assertThat(last.get("results")).hasSize(1);
		assertThat(last.get("next").isNull()).isTrue();
		assertThat(last.get("previous").asString()).contains("offset=2");
		assertThat(first.get("results").get(0).get("start").asString())
			.isGreaterThan(first.get("results").get(1).get("start").asString());
	}

	@Test
	void todayDailyFiguresAndBabyChecks() throws Exception {
		this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token),
				"{\"start\": \"" + this.now.minusMinutes(30) + "\", \"durationMinutes\": 20, \"method\": "
						+ "\"DOUBLE_PUMP\", \"totalMl\": 12}");
		JsonNode today = this.api.get("/api/v1/today", this.token).json();
		assertThat(today.get("targetSessions").asInt()).isBetween(8, 12);
		assertThat(today.get("sessions").size()).isEqualTo(today.get("targetSessions").asInt());
		assertThat(today.get("advice").size()).isPositive();
		for (JsonNode line : today.get("advice")) {
			assertThat(line.get("rule").asString()).matches("[A-Z]+\\d+");
			assertThat(line.get("text").asString()).isNotBlank();
		}
		LocalDate day = this.now.minusMinutes(30).toLocalDate();
		JsonNode daily = this.api.get("/api/v1/daily?from=" + day + "&to=" + day, this.token).json();
		assertThat(daily.get("count").asInt()).isEqualTo(1);
		assertThat(daily.get("results").get(0).get("sessions").asInt()).isEqualTo(1);
		assertThat(daily.get("results").get(0).get("totalMl").asDouble()).isEqualTo(12.0);
		// Every list pages the same way: 40 days, 30 a page, then the next 10.
		JsonNode first = this.api
			.get("/api/v1/daily?from=" + day.minusDays(39) + "&to=" + day + "&limit=30", this.token)
			.json();
		assertThat(first.get("count").asInt()).isEqualTo(40);
		assertThat(first.get("results")).hasSize(30);
		assertThat(first.get("previous").isNull()).isTrue();
		JsonNode second = this.api.get(first.get("next").asString(), this.token).json();
		assertThat(second.get("results")).hasSize(10);
		assertThat(second.get("results").get(9).get("date").asString()).isEqualTo(day.toString());
		assertThat(second.get("next").isNull()).isTrue();

		LocalDate babyDay = this.now.toLocalDate();
		ApiClient.Answer noted = this.api.send("PUT", "/api/v1/baby-checks/" + babyDay, ApiClient.bearer(this.token),
				"{\"wetDiapers\": 6, \"weightGrams\": 3650, \"supplementMl\": 240}");
		assertThat(noted.status()).as(noted.body()).isEqualTo(200);
		assertThat(noted.json().get("weightGrams").asInt()).isEqualTo(3650);
		JsonNode checks = this.api.get("/api/v1/baby-checks?from=" + babyDay + "&to=" + babyDay, this.token).json();
		assertThat(checks.get("count").asInt()).isEqualTo(1);
		assertThat(checks.get("results").get(0).get("supplementMl").decimalValue()).isEqualByComparingTo("240");
		ApiClient.Answer implausible = this.api.send("PUT", "/api/v1/baby-checks/" + babyDay,
				ApiClient.bearer(this.token), "{\"wetDiapers\": 99, \"weightGrams\": 99999}");
		assertThat(implausible.status()).isEqualTo(400);
		assertThat(implausible.json().get("errors").propertyNames()).contains("wetDiapers", "weightGrams");
	}

	@Test
	void aReadOnlyTokenReadsButNeverWrites() throws Exception {
		String readOnly = this.api.token(this.parent.getEmail(), TestAccounts.PASSWORD,
				"{\"name\": \"Home dashboard\", \"access\": \"READ\"}");
		assertThat(this.api.get("/api/v1/sessions", readOnly).status()).isEqualTo(200);
		ApiClient.Answer refused = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(readOnly),
				"{\"start\": \"" + this.now.minusHours(1)
						+ "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("read");
		assertThat(this.api.get("/api/v1/sessions", readOnly).json().get("count").asLong()).isZero();
	}

	@Test
	void aRevokedTokenIsRefusedAndSettingsShowsItsLastUse() throws Exception {
		assertThat(this.api.get("/api/v1/sessions", this.token).status()).isEqualTo(200);
		ApiTokens.TokenView listed = this.tokens.list(this.parent.getId()).get(0);
		assertThat(listed.lastUsedAt()).isNotNull();
		assertThat(this.token).endsWith(listed.hint());
		this.tokens.revoke(this.parent.getId(), listed.id());
		ApiClient.Answer refused = this.api.get("/api/v1/sessions", this.token);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).contains("revoked");
	}

	@Test
	void theApiTakesNoLoginCookieAndThePagesTakeNoToken() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		assertThat(browser
			.submit(this.port, "/login", "username", this.parent.getEmail(), "password", TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(browser.get(this.port, "/journal").statusCode()).isEqualTo(200);
		assertThat(browser.get(this.port, "/api/v1/sessions").statusCode()).isEqualTo(401);
		ApiClient.Answer page = this.api.send("GET", "/journal", ApiClient.bearer(this.token), null);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		assertThat(this.api.send("GET", "/api/v1/sessions", null, null).status()).isEqualTo(401);
		assertThat(this.api.send("GET", "/api/v1/sessions", ApiClient.bearer("rlc_not-a-token"), null).status())
			.isEqualTo(401);
		assertThat(this.api
			.send("POST", "/api/v1/tokens", ApiClient.basic(this.parent.getEmail(), "not the password"), null)
			.status()).isEqualTo(401);
		assertThat(this.api
			.send("GET", "/api/v1/tokens", ApiClient.basic(this.parent.getEmail(), TestAccounts.PASSWORD), null)
			.status()).isEqualTo(405);
		ApiClient.Answer unknown = this.api.get("/api/v1/nothing-here", this.token);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aConsultantsTokenReadsOnlyClientsWhoShareNow() throws Exception {
		Account consultant = TestAccounts.consultant(this.accounts, "Dana IBCLC");
		TestCare.share(this.invitations, this.parent, consultant);
		String consultantToken = this.api.token(consultant.getEmail(), TestAccounts.PASSWORD, null);
		this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), "{\"start\": \""
				+ this.now.minusHours(1) + "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}");

		JsonNode clients = this.api.get("/api/v1/clients", consultantToken).json();
		assertThat(clients.get("count").asLong()).isEqualTo(1);
		assertThat(clients.get("results").get(0).get("id").asLong()).isEqualTo(this.parent.getId());
		assertThat(clients.get("results").get(0).get("flags").isArray()).isTrue();
		// Numbers as numbers, in mL like the rest of the API.
		assertThat(clients.get("results").get(0).get("ml24").isNumber()).isTrue();
		assertThat(clients.get("results").get(0).has("unit")).isFalse();
		String sessions = "/api/v1/clients/" + this.parent.getId() + "/sessions";
		assertThat(this.api.get(sessions, consultantToken).json().get("count").asLong()).isEqualTo(1);
		assertThat(this.care.sharing(this.parent.getId()).looks()).isNotEmpty();
		// Their own routes are a parent's: not for a consultant, and the other way round.
		assertThat(this.api.get("/api/v1/sessions", consultantToken).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/clients", this.token).status()).isEqualTo(404);

		this.care.endShareAsParent(this.parent.getId(), this.care.sharing(this.parent.getId()).active().get(0).id());
		assertThat(this.api.get(sessions, consultantToken).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/clients", consultantToken).json().get("count").asLong()).isZero();
	}

}
