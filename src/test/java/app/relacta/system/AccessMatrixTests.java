package app.relacta.system;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.api.ApiAccess;
import app.relacta.api.ApiContractCheck;
import app.relacta.api.ApiTokens;
import app.relacta.care.CareService;
import app.relacta.care.InvitationService;
import app.relacta.care.NoteService;
import app.relacta.care.ShareView;
import app.relacta.care.TestCare;
import app.relacta.care.ViewLinks;
import app.relacta.journal.MomentKind;
import app.relacta.journal.MomentService;
import app.relacta.wellbeing.MedicationEntry;
import app.relacta.wellbeing.WellbeingService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the application, read from its own handler mappings, against every
 * actor: anonymous, parent A, parent B, a consultant A shares with, a consultant A does
 * not share with, and a consultant whose access A revoked. Each route must have a rule
 * here, so a route added later without one fails the build. Before each request the
 * fixture is made fresh (A's session, note, invitations and shares), so a request that
 * deletes or ends something does not change what the next one sees.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class AccessMatrixTests {

	/** A small Baby Buddy export, for the import routes. */
	private static final String IMPORT_FILE = "id,child_id,amount,start,end\n1,1,30,2026-11-20 02:10:00,2026-11-20 02:30:00\n";

	/** The only routes open without a login. */
	private static final Set<String> PUBLIC = Set.of("GET /signup", "POST /signup", "GET /login");

	/**
	 * Who asks. On the web each signed-in actor has a login; on the API a token of their
	 * own (read-write, except A's read-only one, which is A on the web).
	 */
	enum Actor {

		ANONYMOUS, PARENT_A, PARENT_A_READ_ONLY, PARENT_B, CONSULTANT_OF_A, OTHER_CONSULTANT, REVOKED_CONSULTANT;

		Actor account() {
			return (this == PARENT_A_READ_ONLY) ? PARENT_A : this;
		}

	}

	enum Outcome {

		/** 2xx or a redirect that is not to the login page. */
		REACHED,
		/** Sent to log in. */
		LOGIN,
		/** 404, as if it did not exist. */
		NOT_FOUND,
		/** 401: the API without a token (or with one it does not know). */
		UNAUTHENTICATED,
		/** 403: a write with a read-only token. */
		FORBIDDEN,
		/** Anything else: 400, 403, 405, 5xx. Never expected. */
		OTHER

	}

	/** Who may reach a kind of route; everyone else signed in gets 404. */
	enum Rule {

		PUBLIC, ERROR_PAGE, SIGNED_IN, SIGNED_IN_RECORD, PARENT, PARENT_RECORD, CONSULTANT, INVITED_CONSULTANT, CLIENT,
		/** The API: a token made with the account's password. */
		API_TOKENS,
		/**
		 * The API with a token: as the web rules of the same name, plus read-only tokens.
		 */
		API_PARENT, API_PARENT_RECORD, API_CONSULTANT, API_CLIENT,
		/** Any other path under /api: 404 for every token. */
		API_UNKNOWN;

		boolean api() {
			return name().startsWith("API_");
		}

	}

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CareService care;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private NoteService notes;

	@Autowired
	private MomentService moments;

	@Autowired
	private WellbeingService wellbeing;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ViewLinks viewLinks;

	/** A's read-only link for the fixture, made again when a request revoked it. */
	private String linkSecret = "";

	private long linkId;

	private final Map<Actor, Account> actors = new EnumMap<>(Actor.class);

	private final Map<Actor, String> actorTokens = new EnumMap<>(Actor.class);

	private int addresses;

	private int sessionsLogged;

	private @Nullable ApiContractCheck contract;

	/** API answers the description does not allow. */
	private final List<String> broken = new ArrayList<>();

	@BeforeEach
	void actors() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.actors.put(Actor.PARENT_A, TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		this.actors.put(Actor.PARENT_B, TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.OZ));
		this.actors.put(Actor.CONSULTANT_OF_A, TestAccounts.consultant(this.accounts, "With consent"));
		this.actors.put(Actor.OTHER_CONSULTANT, TestAccounts.consultant(this.accounts, "Without consent"));
		this.actors.put(Actor.REVOKED_CONSULTANT, TestAccounts.consultant(this.accounts, "Revoked"));
		this.actors.put(Actor.PARENT_A_READ_ONLY, this.actors.get(Actor.PARENT_A));
		for (Actor actor : Actor.values()) {
			if (actor != Actor.ANONYMOUS) {
				this.actorTokens.put(actor,
						this.tokens
							.create(this.actors.get(actor).getId(), actor.name(),
									(actor == Actor.PARENT_A_READ_ONLY) ? ApiAccess.READ : ApiAccess.READ_WRITE)
							.token());
			}
		}
		Account a = this.actors.get(Actor.PARENT_A);
		TestCare.share(this.invitations, a, this.actors.get(Actor.REVOKED_CONSULTANT));
		long revoked = this.care.sharing(a.getId()).active().get(0).id();
		this.care.endShareAsParent(a.getId(), revoked);
	}

	@Test
	void everyRouteAnswersEachActorAsTheRulesSay() {
		List<Route> routes = routes();
		List<String> unruled = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Route route : routes) {
			Rule rule = ruleOf(route);
			if (rule == null) {
				unruled.add(route.toString());
				continue;
			}
			for (Actor actor : Actor.values()) {
				Fixture fixture = freshFixture();
				Outcome expected = expected(rule, actor, route.method());
				Outcome actual = outcome(request(route, actor, fixture));
				cells++;
				boolean asExpected = (rule == Rule.ERROR_PAGE) ? actual != Outcome.LOGIN : actual == expected;
				if (!asExpected) {
					wrong.add(route + " as " + actor + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(unruled).as("routes without an access rule in this test: add one").isEmpty();
		assertThat(wrong).as("cells of the access matrix that answer otherwise").isEmpty();
		assertThat(this.broken).as("API answers the description does not allow").isEmpty();
		assertThat(routes).as("routes found").hasSizeGreaterThan(40);
		System.out.printf("Access matrix: %d routes x %d actors = %d cells, all as expected%n", routes.size(),
				Actor.values().length, cells);
	}

	/**
	 * A token opens no page: every page that needs a login sends a request with only a
	 * token to log in, whoever's token it is.
	 */
	@Test
	void noPageTakesAToken() {
		Fixture fixture = freshFixture();
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Route route : routes()) {
			Rule rule = ruleOf(route);
			if (rule == null || rule.api() || rule == Rule.PUBLIC || rule == Rule.ERROR_PAGE) {
				continue;
			}
			for (Actor actor : Actor.values()) {
				if (actor == Actor.ANONYMOUS) {
					continue;
				}
				String path = fixture.samplePath(route.pattern());
				var request = (route.method() == RequestMethod.GET) ? this.mvc.get().uri(path)
						: this.mvc.method(HttpMethod.valueOf(route.method().name())).uri(path).with(csrf());
				Outcome actual = outcome(
						request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.actorTokens.get(actor)).exchange());
				cells++;
				if (actual != Outcome.LOGIN) {
					wrong.add(route + " with " + actor + "'s token: " + actual);
				}
			}
		}
		assertThat(wrong).as("pages that answered a token other than with the login page").isEmpty();
		assertThat(cells).isGreaterThan(200);
	}

	/**
	 * The rule of a route, from its path; null for a path no rule covers yet.
	 */
	static Rule ruleOf(Route route) {
		String path = route.pattern();
		if (PUBLIC.contains(route.toString()) || path.startsWith("/v3/api-docs") || path.equals("/swagger-ui.html")
				|| (path.startsWith("/shared/{secret}") && route.method() == RequestMethod.GET)
				|| List.of("/manifest.webmanifest", "/sw.js", "/offline").contains(path)) {
			// The API's description and its browsable UI are its public manual.
			return Rule.PUBLIC;
		}
		if (path.equals("/error")) {
			return Rule.ERROR_PAGE;
		}
		if (path.startsWith("/api/")) {
			return apiRuleOf(route);
		}
		if (path.equals("/") || path.equals("/settings") || path.equals("/settings/password")
				|| path.equals("/settings/theme") || path.equals("/settings/language")
				|| path.equals("/settings/logins/end-others") || path.equals("/settings/tokens")) {
			return Rule.SIGNED_IN;
		}
		if (path.startsWith("/settings/tokens/{id")) {
			return Rule.SIGNED_IN_RECORD;
		}
		if (path.startsWith("/clients/{clientId")) {
			return Rule.CLIENT;
		}
		if (path.equals("/clients") || path.equals("/invitations/{code}")) {
			return Rule.CONSULTANT;
		}
		if (path.startsWith("/invitations/email/{id")) {
			return Rule.INVITED_CONSULTANT;
		}
		boolean parents = List
			.of("/journal", "/progress", "/plan", "/baby", "/timer", "/sharing", "/notes", "/moments", "/mood",
					"/medications", "/settings/data", "/settings/reminders")
			.stream()
			.anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
		if (parents) {
			return path.contains("{id") ? Rule.PARENT_RECORD : Rule.PARENT;
		}
		return null;
	}

	static @Nullable Rule apiRuleOf(Route route) {
		String path = route.pattern();
		if (path.equals("/api/v1/tokens")) {
			return Rule.API_TOKENS;
		}
		if (path.equals("/api/**")) {
			return Rule.API_UNKNOWN;
		}
		if (path.equals("/api/v1/clients")) {
			return Rule.API_CONSULTANT;
		}
		if (path.startsWith("/api/v1/clients/{clientId")) {
			return Rule.API_CLIENT;
		}
		if (path.startsWith("/api/v1/sessions/{id")) {
			return Rule.API_PARENT_RECORD;
		}
		boolean parents = List
			.of("/api/v1/sessions", "/api/v1/today", "/api/v1/daily", "/api/v1/baby-checks", "/api/v1/imports")
			.stream()
			.anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
		return parents ? Rule.API_PARENT : null;
	}

	static Outcome expected(Rule rule, Actor actor, RequestMethod method) {
		if (rule.api()) {
			return expectedOfApi(rule, actor, method);
		}
		return expected(rule, actor.account());
	}

	static Outcome expectedOfApi(Rule rule, Actor actor, RequestMethod method) {
		if (actor == Actor.ANONYMOUS) {
			return Outcome.UNAUTHENTICATED;
		}
		if (rule == Rule.API_TOKENS) {
			return Outcome.REACHED;
		}
		if (method != RequestMethod.GET && actor == Actor.PARENT_A_READ_ONLY) {
			return Outcome.FORBIDDEN;
		}
		boolean consultant = actor.name().contains("CONSULTANT");
		boolean reached = switch (rule) {
			case API_PARENT -> !consultant;
			case API_PARENT_RECORD -> actor.account() == Actor.PARENT_A;
			case API_CONSULTANT -> consultant;
			case API_CLIENT -> actor == Actor.CONSULTANT_OF_A;
			default -> false;
		};
		return reached ? Outcome.REACHED : Outcome.NOT_FOUND;
	}

	static Outcome expected(Rule rule, Actor actor) {
		if (rule == Rule.PUBLIC || rule == Rule.ERROR_PAGE) {
			// The error page answers with the status of the error it shows, never a
			// login.
			return Outcome.REACHED;
		}
		if (actor == Actor.ANONYMOUS) {
			return Outcome.LOGIN;
		}
		boolean consultant = actor.name().contains("CONSULTANT");
		boolean reached = switch (rule) {
			case SIGNED_IN -> true;
			case SIGNED_IN_RECORD -> actor == Actor.PARENT_A;
			case PARENT -> !consultant;
			case PARENT_RECORD -> actor == Actor.PARENT_A;
			case CONSULTANT -> consultant;
			case INVITED_CONSULTANT, CLIENT -> actor == Actor.CONSULTANT_OF_A;
			default -> true;
		};
		return reached ? Outcome.REACHED : Outcome.NOT_FOUND;
	}

	private MvcTestResult request(Route route, Actor actor, Fixture fixture) {
		String path = fixture.samplePath(route.pattern());
		if (path.startsWith("/api/")) {
			return apiRequest(route, path, actor, fixture);
		}
		var request = (route.method() == RequestMethod.GET) ? this.mvc.get().uri(path)
				: this.mvc.post().uri(path).with(csrf());
		if (actor != Actor.ANONYMOUS) {
			request = request.with(user(TestAccounts.user(this.actors.get(actor))));
		}
		return request.exchange();
	}

	/**
	 * An API request as a script sends it: the actor's token (or, to make a token, their
	 * password), and for a write a body that would be accepted.
	 */
	private MvcTestResult apiRequest(Route route, String path, Actor actor, Fixture fixture) {
		var request = this.mvc.method(HttpMethod.valueOf(route.method().name())).uri(path);
		if (actor != Actor.ANONYMOUS && route.pattern().equals("/api/v1/tokens")) {
			String email = this.actors.get(actor).getEmail();
			request = request
				.header(HttpHeaders.AUTHORIZATION,
						"Basic " + Base64.getEncoder()
							.encodeToString((email + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				// Each from its own address: the login throttle counts per address.
				.with((mock) -> {
					mock.setRemoteAddr("198.51.100." + (++this.addresses % 250 + 1));
					return mock;
				});
		}
		else if (actor != Actor.ANONYMOUS) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.actorTokens.get(actor));
		}
		String body = switch (route.toString()) {
			case "POST /api/v1/sessions" ->
				"{\"start\": \"" + this.clock.instant().minus(Duration.ofMinutes(30L * ++this.sessionsLogged))
						+ "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}";
			case "PUT /api/v1/sessions/{id}" -> "{\"start\": \"" + fixture.sessionStart()
					+ "\", \"durationMinutes\": 25, \"method\": \"DOUBLE_PUMP\", \"version\": 0}";
			case "PUT /api/v1/baby-checks/{date}" -> "{\"wetDiapers\": 6}";
			default -> null;
		};
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (route.pattern().equals("/api/v1/imports")) {
			request = request.contentType("text/csv").content(IMPORT_FILE);
		}
		MvcTestResult result = request.exchange();
		// Every answer, to every actor, keeps the API's description (issue 28).
		if (this.contract == null) {
			byte[] docs = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray();
			this.contract = new ApiContractCheck(new String(docs, StandardCharsets.UTF_8));
		}
		this.broken.addAll(this.contract.violations(route.method().name(), path, result.getResponse().getStatus(),
				result.getResponse().getContentType(),
				new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
		return result;
	}

	private static Outcome outcome(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (result.getUnresolvedException() != null || status >= 500) {
			return Outcome.OTHER;
		}
		if (status == 302 && location != null && location.endsWith("/login")) {
			return Outcome.LOGIN;
		}
		if (status == 404) {
			return Outcome.NOT_FOUND;
		}
		if (status == 401) {
			return Outcome.UNAUTHENTICATED;
		}
		if (status == 403 && result.getResponse().getContentType() != null
				&& result.getResponse().getContentType().startsWith("application/problem+json")) {
			return Outcome.FORBIDDEN;
		}
		return (status < 400) ? Outcome.REACHED : Outcome.OTHER;
	}

	/**
	 * A's records as they are before each request: a session, an open note, an open code
	 * and email invitation, the share with their consultant active, and no other share.
	 */
	private Fixture freshFixture() {
		Account a = this.actors.get(Actor.PARENT_A);
		Account withConsent = this.actors.get(Actor.CONSULTANT_OF_A);
		for (Actor other : List.of(Actor.OTHER_CONSULTANT, Actor.REVOKED_CONSULTANT)) {
			for (ShareView share : this.care.sharing(a.getId()).active()) {
				if (share.consultant().startsWith(this.actors.get(other).getDisplayName())) {
					this.care.endShareAsParent(a.getId(), share.id());
				}
			}
		}
		this.care.sharing(a.getId())
			.invitations()
			.forEach((invitation) -> this.invitations.cancelInvitation(a.getId(), invitation.id()));
		if (this.care.clientIds(withConsent.getId()).isEmpty()) {
			TestCare.share(this.invitations, a, withConsent);
		}
		long shareId = this.care.sharing(a.getId())
			.active()
			.stream()
			.filter((share) -> share.consultant().startsWith(withConsent.getDisplayName()))
			.findFirst()
			.orElseThrow()
			.id();
		LocalDateTime start = LocalDateTime
			.ofInstant(this.clock.instant().minus(Duration.ofMinutes(30L * ++this.sessionsLogged)), ZoneOffset.UTC);
		long sessionId = TestRequests.logSession(this.mvc, TestAccounts.user(a), start.toString());
		byte[] preview = this.mvc.post()
			.uri("/journal/import")
			.multipart()
			.file(new MockMultipartFile("file", "pumping.csv", "text/csv",
					("id,child_id,amount,start\n1,1,30,"
							+ this.clock.instant().minus(Duration.ofMinutes(30L * ++this.sessionsLogged)) + "\n")
						.getBytes(StandardCharsets.UTF_8)))
			.param("timeZone", "Europe/London")
			.param("unit", "ML")
			.param("weightUnit", "KG")
			.param("minutes", "15")
			.with(user(TestAccounts.user(a)))
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		Matcher confirm = Pattern.compile("action=\"/journal/import/([^\"]+)\"")
			.matcher(new String(preview, StandardCharsets.UTF_8));
		assertThat(confirm.find()).as("a pending import of A's").isTrue();
		if (this.viewLinks.open(a.getId()).stream().noneMatch((link) -> link.id() == this.linkId)) {
			this.linkSecret = this.viewLinks.create(a.getId(), "Fixture", 7, false).secret();
			this.linkId = this.viewLinks.open(a.getId()).get(0).id();
		}
		if (this.tokens.list(a.getId()).stream().noneMatch((token) -> token.name().equals("Fixture"))) {
			this.tokens.create(a.getId(), "Fixture", ApiAccess.READ);
		}
		long tokenId = this.tokens.list(a.getId())
			.stream()
			.filter((token) -> token.name().equals("Fixture"))
			.findFirst()
			.orElseThrow()
			.id();
		this.notes.leave(withConsent.getId(), a.getId(), "Lovely work.");
		long noteId = this.notes.openNotes(a.getId()).get(0).id();
		String code = TestCare.code(this.invitations, a);
		this.invitations.inviteByEmail(a.getId(), withConsent.getEmail());
		long emailInvitationId = this.invitations.offersFor(withConsent.getId()).get(0).id();
		long momentId = this.moments.log(a.getId(), MomentKind.SKIN_TO_SKIN).id();
		if (this.wellbeing.medications(a.getId()).isEmpty()) {
			this.wellbeing.add(a.getId(),
					new MedicationEntry("Fenugreek", null, LocalDate.parse("2026-11-20"), null, null));
		}
		long medicationId = this.wellbeing.medications(a.getId()).get(0).id();
		return new Fixture(a.getId(), sessionId, start, noteId, code, emailInvitationId, shareId,
				this.care.sharing(a.getId()).invitations().get(0).id(), momentId, medicationId, tokenId,
				confirm.group(1), this.linkId, this.linkSecret, pushDevice(a));
	}

	/** A's phone with reminders on (a test may have removed it). */
	private long pushDevice(Account a) {
		List<Long> ids = this.jdbc.queryForList("select id from push_device where parent_id = ?", Long.class,
				a.getId());
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		this.jdbc.update(
				"insert into push_device (parent_id, endpoint, browser_key, auth_secret, label, created_at)"
						+ " values (?, ?, 'key', 'secret', 'Fixture phone', current_timestamp)",
				a.getId(), "https://fcm.googleapis.com/fcm/send/fixture-" + a.getId());
		return this.jdbc.queryForObject("select id from push_device where parent_id = ?", Long.class, a.getId());
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST || method == RequestMethod.PUT
							|| method == RequestMethod.DELETE) {
						routes.add(new Route(method, pattern));
					}
				}
			}
		}
		return new ArrayList<>(new TreeSet<>(routes));
	}

	record Route(RequestMethod method, String pattern) implements Comparable<Route> {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

		@Override
		public int compareTo(Route other) {
			return toString().compareTo(other.toString());
		}

	}

	/**
	 * A's records for this request, and a path for a route that uses them.
	 */
	record Fixture(long parentId, long sessionId, LocalDateTime sessionStart, long noteId, String code,
			long emailInvitationId, long shareId, long invitationId, long momentId, long medicationId, long tokenId,
			String pendingImport, long linkId, String linkSecret, long deviceId) {

		String samplePath(String pattern) {
			String id;
			if (pattern.startsWith("/journal/import/")) {
				id = this.pendingImport;
			}
			else if (pattern.startsWith("/journal/") || pattern.startsWith("/api/v1/sessions/")) {
				id = String.valueOf(this.sessionId);
			}
			else if (pattern.startsWith("/settings/tokens/")) {
				id = String.valueOf(this.tokenId);
			}
			else if (pattern.startsWith("/settings/reminders/")) {
				id = String.valueOf(this.deviceId);
			}
			else if (pattern.startsWith("/moments/")) {
				id = String.valueOf(this.momentId);
			}
			else if (pattern.startsWith("/medications/")) {
				id = String.valueOf(this.medicationId);
			}
			else if (pattern.startsWith("/notes/")) {
				id = String.valueOf(this.noteId);
			}
			else if (pattern.startsWith("/sharing/links/")) {
				id = String.valueOf(this.linkId);
			}
			else if (pattern.startsWith("/sharing/invitations/")) {
				id = String.valueOf(this.invitationId);
			}
			else if (pattern.startsWith("/sharing/")) {
				id = String.valueOf(this.shareId);
			}
			else {
				id = String.valueOf(this.emailInvitationId);
			}
			String path = pattern.replaceAll("\\{clientId[^}]*}", String.valueOf(this.parentId))
				.replaceAll("\\{step[^}]*}", "1")
				.replace("{code}", this.code)
				.replace("{secret}", this.linkSecret)
				.replace("{date}", "2026-11-21")
				.replace("/api/**", "/api/v1/nothing-here")
				.replaceAll("\\{id[^}]*}", id);
			boolean range = path.endsWith("daily.json") || path.endsWith("/daily") || path.endsWith("/baby-checks");
			return (range && !pattern.contains("{date}")) ? path + "?from=2026-11-01&to=2026-11-22" : path;
		}

	}

}
