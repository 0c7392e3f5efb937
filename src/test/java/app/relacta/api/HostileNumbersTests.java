package app.relacta.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.CareService;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every number Relacta reads, on every surface (the forms, query parameters, the JSON
 * API, imported CSV files), is sent the hostile set: huge exponents both ways, hex,
 * {@code #}, a fraction where a whole number is asked, negative zero, NaN, Infinity,
 * digits of other scripts and 400-digit numbers. Each must be answered within a second,
 * never with a 5xx, and anything that is not a plain number of the field's kind must be
 * refused beside its field (never truncated, decoded or stored). Issue 25, part 1.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNumbersTests {

	/** The hostile set, as typed. */
	static final List<String> HOSTILE = List.of("1e100000000", "-1e-100000000", "1E+99999999", "0x14", "#14", "20.9",
			"-0", "NaN", "Infinity", "\u0661\u0664", "9".repeat(400), "0." + "0".repeat(398) + "1");

	/** The most any answer may take. */
	static final Duration AT_ONCE = Duration.ofSeconds(1);

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private CareService care;

	@Autowired
	private JdbcTemplate jdbc;

	private ApiClient api;

	private Account parent;

	private SignedInUser signedIn;

	private SignedInUser consultant;

	private String token;

	private String consultantToken;

	private LocalDateTime now;

	@BeforeAll
	void aParentAndTheirConsultant() throws Exception {
		this.api = new ApiClient(this.port);
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.signedIn = TestAccounts.user(this.parent);
		Account consultantAccount = TestAccounts.consultant(this.accounts, "Alex Kim");
		this.consultant = TestAccounts.user(consultantAccount);
		TestCare.share(this.invitations, this.parent, consultantAccount);
		this.token = this.api.token(this.parent.getEmail(), TestAccounts.PASSWORD, null);
		this.consultantToken = this.api.token(consultantAccount.getEmail(), TestAccounts.PASSWORD, null);
		this.now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
		// Warm every path once, so the first request's class loading is not what is
		// timed.
		for (String value : List.of("12", "1e5")) {
			for (Arguments field : fields().toList()) {
				send((Surface) field.get()[0], (String) field.get()[1], (Kind) field.get()[2], value);
			}
		}
	}

	enum Surface {

		JOURNAL_FORM, BABY_FORM, PLAN_FORM, ADJUST_FORM, LINK_FORM, IMPORT_FORM, JOURNAL_QUERY, CLIENTS_QUERY,
		API_QUERY, API_CLIENTS_QUERY, API_DAILY_QUERY, IMPORT_QUERY, API_PATH, SESSION_JSON, BABY_JSON, RELACTA_CSV,
		BABY_BUDDY_CSV, HUCKLEBERRY_CSV

	}

	enum Kind {

		/** A whole number: only decimal digits are read. */
		WHOLE,
		/** A decimal: a plain number with a dot (or a comma in forms). */
		DECIMAL

	}

	static Stream<Arguments> fields() {
		return Stream.of(Arguments.of(Surface.JOURNAL_FORM, "durationMinutes", Kind.WHOLE),
				Arguments.of(Surface.JOURNAL_FORM, "leftVolume", Kind.DECIMAL),
				Arguments.of(Surface.JOURNAL_FORM, "rightVolume", Kind.DECIMAL),
				Arguments.of(Surface.JOURNAL_FORM, "totalVolume", Kind.DECIMAL),
				Arguments.of(Surface.BABY_FORM, "wetDiapers", Kind.WHOLE),
				Arguments.of(Surface.BABY_FORM, "weightPounds", Kind.WHOLE),
				Arguments.of(Surface.BABY_FORM, "weight", Kind.DECIMAL),
				Arguments.of(Surface.BABY_FORM, "weightOunces", Kind.DECIMAL),
				Arguments.of(Surface.BABY_FORM, "supplementVolume", Kind.DECIMAL),
				Arguments.of(Surface.PLAN_FORM, "targetSessions", Kind.WHOLE),
				Arguments.of(Surface.PLAN_FORM, "powerPumpsPerDay", Kind.WHOLE),
				Arguments.of(Surface.PLAN_FORM, "supplementVolume", Kind.DECIMAL),
				Arguments.of(Surface.PLAN_FORM, "goalVolume", Kind.DECIMAL),
				Arguments.of(Surface.ADJUST_FORM, "targetSessions", Kind.WHOLE),
				Arguments.of(Surface.ADJUST_FORM, "powerPumpsPerDay", Kind.WHOLE),
				Arguments.of(Surface.LINK_FORM, "days", Kind.WHOLE),
				Arguments.of(Surface.IMPORT_FORM, "minutes", Kind.WHOLE),
				Arguments.of(Surface.JOURNAL_QUERY, "durationMinutes", Kind.WHOLE),
				Arguments.of(Surface.CLIENTS_QUERY, "page", Kind.WHOLE),
				Arguments.of(Surface.API_QUERY, "limit", Kind.WHOLE),
				Arguments.of(Surface.API_QUERY, "offset", Kind.WHOLE),
				Arguments.of(Surface.API_CLIENTS_QUERY, "limit", Kind.WHOLE),
				Arguments.of(Surface.API_CLIENTS_QUERY, "offset", Kind.WHOLE),
				Arguments.of(Surface.API_DAILY_QUERY, "limit", Kind.WHOLE),
				Arguments.of(Surface.API_DAILY_QUERY, "offset", Kind.WHOLE),
				Arguments.of(Surface.IMPORT_QUERY, "minutes", Kind.WHOLE),
				Arguments.of(Surface.SESSION_JSON, "durationMinutes", Kind.WHOLE),
				Arguments.of(Surface.SESSION_JSON, "leftMl", Kind.DECIMAL),
				Arguments.of(Surface.SESSION_JSON, "rightMl", Kind.DECIMAL),
				Arguments.of(Surface.SESSION_JSON, "totalMl", Kind.DECIMAL),
				Arguments.of(Surface.SESSION_JSON, "version", Kind.WHOLE),
				Arguments.of(Surface.API_PATH, "id", Kind.WHOLE),
				Arguments.of(Surface.BABY_JSON, "wetDiapers", Kind.WHOLE),
				Arguments.of(Surface.BABY_JSON, "weightGrams", Kind.WHOLE),
				Arguments.of(Surface.BABY_JSON, "supplementMl", Kind.DECIMAL),
				Arguments.of(Surface.RELACTA_CSV, "duration_minutes", Kind.WHOLE),
				Arguments.of(Surface.RELACTA_CSV, "left_ml", Kind.DECIMAL),
				Arguments.of(Surface.RELACTA_CSV, "total_ml", Kind.DECIMAL),
				Arguments.of(Surface.BABY_BUDDY_CSV, "amount", Kind.DECIMAL),
				Arguments.of(Surface.BABY_BUDDY_CSV, "weight", Kind.DECIMAL),
				Arguments.of(Surface.HUCKLEBERRY_CSV, "end condition", Kind.DECIMAL));
	}

	static Stream<Arguments> hostile() {
		return fields().flatMap((field) -> HOSTILE.stream()
			.map((value) -> Arguments.of(field.get()[0], field.get()[1], field.get()[2], value)));
	}

	/**
	 * Whether a plain reader of the field's kind can take {@code value} as a number:
	 * {@code -0} is zero, and a decimal field takes {@code 20.9}; nothing else in the set
	 * is a number anyone types.
	 */
	static boolean readable(Kind kind, String value) {
		return value.equals("-0") || (kind == Kind.DECIMAL && value.equals("20.9"));
	}

	@ParameterizedTest(name = "{0} {1} = {3}")
	@MethodSource("hostile")
	@Timeout(10)
	void everyNumberIsAnsweredAtOnceAndRefusedUnlessPlain(Surface surface, String field, Kind kind, String value)
			throws Exception {
		long sessionsBefore = sessions();
		long started = System.nanoTime();
		Answer answer = send(surface, field, kind, value);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(answer.status()).as(answer.body()).isLessThan(500);
		assertThat(took).as("time to answer").isLessThan(AT_ONCE);
		if (!readable(kind, value)) {
			assertThat(answer.refused())
				.as("refused beside %s: %s %s", field, answer.status(),
						answer.body().substring(0, Math.min(400, answer.body().length())))
				.isTrue();
			assertThat(sessions()).as("nothing stored").isEqualTo(sessionsBefore);
		}
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from logged_session where parent_id = ?", Long.class,
				this.parent.getId());
	}

	/** An answer, and whether it refused the value beside the field it was sent in. */
	record Answer(int status, String body, boolean refused) {

	}

	private Answer send(Surface surface, String field, Kind kind, String value) throws Exception {
		String start = this.now.minusHours(2).toString();
		String date = this.now.toLocalDate().toString();
		String jsonValue = (value.matches("-?[0-9][0-9.eE+-]*")) ? value : "\"" + value + "\"";
		return switch (surface) {
			case JOURNAL_FORM -> form("/journal", field,
					with(field, value, "startedAt", start, "durationMinutes", "20", "method", "DOUBLE_PUMP"));
			case BABY_FORM -> form("/baby", field, with(field, value, "date", date));
			case PLAN_FORM -> form("/plan/settings", field,
					with(field, value, "path", "RELACTATION", "startDate", date, "supplementKind", "FORMULA", "goal",
							"DAILY_VOLUME", "nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10",
							"powerPumpsPerDay", "1", "supplementVolume", "300", "goalVolume", "600"));
			case ADJUST_FORM -> form(this.consultant, "/clients/" + this.parent.getId() + "/plan/adjust", field,
					with(field, value, "targetSessions", "10", "powerPumpsPerDay", "1"));
			case LINK_FORM -> form("/sharing/links", field, with(field, value, "label", "Grandma"));
			case IMPORT_FORM -> importForm(value);
			case JOURNAL_QUERY -> query(this.signedIn, "/journal/new?durationMinutes=" + encode(value), false);
			case CLIENTS_QUERY -> query(this.consultant, "/clients?page=" + encode(value), true);
			case API_QUERY -> api("GET", "/api/v1/sessions?" + field + "=" + encode(value), this.token, null, field);
			case API_CLIENTS_QUERY ->
				api("GET", "/api/v1/clients?" + field + "=" + encode(value), this.consultantToken, null, field);
			case API_DAILY_QUERY ->
				api("GET", "/api/v1/daily?from=2026-11-01&to=2026-11-28&" + field + "=" + encode(value), this.token,
						null, field);
			case IMPORT_QUERY -> api("POST", "/api/v1/imports?minutes=" + encode(value), this.token,
					"id,child_id,child_first_name,child_last_name,amount,time\n1,1,Mia,H,30," + start.replace('T', ' ')
							+ ":00\n",
					field);
			case API_PATH -> {
				ApiClient.Answer answer = this.api.get("/api/v1/sessions/" + encode(value).replace("+", "%20"),
						this.token);
				yield new Answer(answer.status(), answer.body(), answer.status() == 400 || answer.status() == 404);
			}
			case SESSION_JSON -> api("POST", "/api/v1/sessions", this.token, json(field, jsonValue,
					"\"start\": \"" + start + "\"", "\"durationMinutes\": 20", "\"method\": \"DOUBLE_PUMP\""), field);
			case BABY_JSON -> api("PUT", "/api/v1/baby-checks/" + date, this.token, json(field, jsonValue), field);
			case RELACTA_CSV -> csv(relactaRow(field, value, start));
			case BABY_BUDDY_CSV -> csv(field.equals("amount")
					? "id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags\n1,1,Mia,H,"
							+ cell(value) + "," + start.replace('T', ' ') + ":00,,,\n"
					: "id,child_id,child_first_name,child_last_name,weight,date,notes,tags\n1,1,Mia,H," + cell(value)
							+ "," + date + ",,\n");
			case HUCKLEBERRY_CSV -> csv("Type,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\n"
					+ "Pump," + start.replace('T', ' ') + ",,,,," + cell(value) + " ml,\n");
		};
	}

	private static String[] with(String field, String value, String... defaults) {
		List<String> all = new ArrayList<>();
		for (int i = 0; i < defaults.length; i += 2) {
			if (!defaults[i].equals(field)) {
				all.add(defaults[i]);
				all.add(defaults[i + 1]);
			}
		}
		all.add(field);
		all.add(value);
		return all.toArray(String[]::new);
	}

	private Answer form(String path, String field, String[] fields) {
		return form(this.signedIn, path, field, fields);
	}

	/**
	 * A form post: refused when the page comes back, unsaved, with the field's own
	 * message.
	 */
	private Answer form(SignedInUser who, String path, String field, String[] fields) {
		var result = TestRequests.post(this.mvc, who, path, fields);
		String page = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		int status = result.getResponse().getStatus();
		// A field the parent's units leave off the page (pounds for a parent who weighs
		// in
		// kilograms) cannot show its message; the page coming back unsaved is the
		// refusal.
		boolean shown = page.contains("name=\"" + field + "\"");
		return new Answer(status, page, status == 200 && (page.contains("id=\"" + field + "-error\"") || !shown));
	}

	private Answer importForm(String minutes) {
		var result = this.mvc.post()
			.uri("/journal/import")
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", "pump.csv", "text/csv",
					"id,child_id,child_first_name,child_last_name,amount,time\n1,1,Mia,H,30,2026-11-01 02:00:00\n"
						.getBytes(StandardCharsets.UTF_8)))
			.param("timeZone", "Europe/London")
			.param("unit", "ML")
			.param("weightUnit", "KG")
			.param("minutes", minutes)
			.with(user(this.signedIn))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		String page = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		int status = result.getResponse().getStatus();
		return new Answer(status, page, status == 200 && page.contains("id=\"minutes-error\""));
	}

	/**
	 * A page with a number in its query: refused with 400, or (where the page says so)
	 * read as its default rather than as a decoded number.
	 */
	private Answer query(SignedInUser who, String uri, boolean defaultsInstead) {
		var result = this.mvc.get().uri(uri).with(user(who)).exchange();
		String page = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		int status = result.getResponse().getStatus();
		boolean refused = status == 400 || (defaultsInstead && status == 200)
				|| (status == 200 && page.contains("name=\"durationMinutes\"") && !page.contains("value=\"20\""));
		return new Answer(status, page, refused);
	}

	private Answer api(String method, String path, String bearer, String body, String field) throws Exception {
		ApiClient.Answer answer = this.api.send(method, path, ApiClient.bearer(bearer), body);
		boolean refused = answer.status() == 400
				&& (!answer.body().contains("\"errors\"") || answer.body().contains("\"" + field + "\""));
		return new Answer(answer.status(), answer.body(), refused);
	}

	/**
	 * A dry-run import: refused when the row is left out (or the file is refused whole).
	 */
	private Answer csv(String file) throws Exception {
		ApiClient.Answer answer = this.api.send("POST", "/api/v1/imports?dryRun=true", ApiClient.bearer(this.token),
				file);
		boolean refused = answer.status() == 400 || (answer.status() == 200
				&& answer.json().get("sessions").asInt() == 0 && answer.json().get("babyDays").asInt() == 0);
		return new Answer(answer.status(), answer.body(), refused);
	}

	private static String relactaRow(String field, String value, String start) {
		String left = field.equals("left_ml") ? cell(value) : "";
		String total = field.equals("total_ml") ? cell(value) : "10";
		String minutes = field.equals("duration_minutes") ? cell(value) : "20";
		return "id,started_at,ended_at,time_zone,local_date,duration_minutes,method,left_ml,right_ml,total_ml,"
				+ "drops_only,power_pump,hand_expression,massage,notes\n1," + start + ":00+00:00,,Europe/London,"
				+ start.substring(0, 10) + "," + minutes + ",DOUBLE_PUMP," + left + ",," + total
				+ ",false,false,false,false,\n";
	}

	private static String cell(String value) {
		return "\"" + value + "\"";
	}

	private static String json(String field, String value, String... others) {
		List<String> members = new ArrayList<>(List.of(others));
		members.add("\"" + field + "\": " + value);
		return "{" + String.join(", ", members) + "}";
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
