package app.relacta.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outside probe found stored wrongly, each now refused beside its field or left
 * out of an import with its reason, and nothing stored (issue 25, item 7), and text no
 * surface may keep (item 6: a NUL).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StoredExactlyTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private ApiClient api;

	private Account parent;

	private String token;

	private LocalDateTime now;

	@BeforeEach
	void parentWithToken() throws Exception {
		this.api = new ApiClient(this.port);
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.token = this.api.token(this.parent.getEmail(), TestAccounts.PASSWORD, null);
		this.now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * A weight in grams is grams: 4 g is not a baby's weight (once stored as 4,000 g).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "4", "25", "3.5", "499", "25001", "\"3650\"" })
	void anImplausibleOrInexactWeightInGramsIsRefused(String grams) throws Exception {
		ApiClient.Answer answer = this.api.send("PUT", "/api/v1/baby-checks/" + today(), ApiClient.bearer(this.token),
				"{\"weightGrams\": " + grams + "}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().get("errors").has("weightGrams")).as(answer.body()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from baby_check where parent_id = ?", Long.class,
				this.parent.getId()))
			.isZero();
	}

	@Test
	void aWeightInGramsIsStoredAsThoseGrams() throws Exception {
		ApiClient.Answer answer = this.api.send("PUT", "/api/v1/baby-checks/" + today(), ApiClient.bearer(this.token),
				"{\"weightGrams\": 3650}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("weightGrams").asInt()).isEqualTo(3650);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"durationMinutes\": 20.9", "\"durationMinutes\": \"20\"", "\"method\": 1",
			"\"dropsOnly\": 1", "\"leftMl\": \"12\"", "\"notes\": \"a\\u0000b\"", "\"leftMl\": 1e100000000" })
	void aValueOfAnotherTypeIsRefusedNotConverted(String member) throws Exception {
		String field = member.substring(1, member.indexOf('"', 1));
		String body = "{\"start\": \"" + this.now.minusHours(1) + "\", \"durationMinutes\": 20, \"method\": "
				+ "\"DOUBLE_PUMP\", " + member + "}";
		body = body.replaceFirst("\"durationMinutes\": 20, (.*\"durationMinutes\")", "$1")
			.replaceFirst("\"method\": \"DOUBLE_PUMP\", (.*\"method\")", "$1");
		ApiClient.Answer answer = this.api.send("POST", "/api/v1/sessions", ApiClient.bearer(this.token), body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().get("errors").has(field)).as(answer.body()).isTrue();
		assertThat(sessions()).isZero();
	}

	@Test
	void anImportRowWithAnUnknownUnitOrAnEndBeforeItsStartIsLeftOutWithItsReason() throws Exception {
		String day = today().minusDays(1).toString();
		String file = "id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags\n"
				+ "1,1,Mia,H,12 gallons," + day + " 02:00:00," + day + " 02:20:00,,\n" + "2,1,Mia,H,30," + day
				+ " 06:00:00," + day + " 05:40:00,,\n" + "3,1,Mia,H,30," + day + " 09:00:00," + day + " 09:20:00,,\n";
		ApiClient.Answer answer = this.api.send("POST", "/api/v1/imports?dryRun=false", ApiClient.bearer(this.token),
				file);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("sessions").asInt()).isEqualTo(1);
		assertThat(answer.body()).contains("a value could not be read", "it ends before it starts");
		assertThat(this.jdbc.queryForList("select duration_minutes from logged_session where parent_id = ?",
				Integer.class, this.parent.getId()))
			.containsExactly(20);
	}

	@Test
	void aFileThatIsNeitherUtf8NorWindowsTextIsRefusedWhole() throws Exception {
		String day = today().minusDays(1).toString();
		byte[] good = ("id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags\n1,1,Mia,H,30," + day
				+ " 02:00:00," + day + " 02:20:00,caf\u00e9 ")
			.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[good.length + 3];
		System.arraycopy(good, 0, file, 0, good.length);
		// UTF-8 elsewhere in the file, then a byte that cannot start a character.
		file[good.length] = (byte) 0xC3;
		file[good.length + 1] = ',';
		file[good.length + 2] = '\n';
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/v1/imports?dryRun=false"))
			.header("Authorization", ApiClient.bearer(this.token))
			.header("Content-Type", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file))
			.build();
		var response = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("could not be read");
		assertThat(sessions()).isZero();
	}

	@Test
	void textOfInvisibleCharactersOnlyIsBlankOnEveryForm() {
		SignedInUser signedIn = TestAccounts.user(this.parent);
		var medicine = TestRequests.post(this.mvc, signedIn, "/medications", "name", "\u200B\u202E \u200B", "startedOn",
				today().toString());
		assertThat(medicine).hasStatusOk();
		assertThat(body(medicine)).contains("id=\"name-error\"");
		var link = TestRequests.post(this.mvc, signedIn, "/sharing/links", "label", "\u200B\u202E", "days", "7");
		assertThat(link).hasStatusOk();
		assertThat(body(link)).contains("id=\"label-error\"");
		var settings = TestRequests.post(this.mvc, signedIn, "/settings", "displayName", "\u2060\uFEFF", "timeZone",
				"Europe/London", "unit", "ML", "weightUnit", "METRIC");
		assertThat(settings).hasStatusOk();
		assertThat(body(settings)).contains("id=\"displayName-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from medication where parent_id = ?", Long.class,
				this.parent.getId()))
			.isZero();
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from logged_session where parent_id = ?", Long.class,
				this.parent.getId());
	}

	private LocalDate today() {
		return this.now.toLocalDate();
	}

}
