package app.relacta.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caching and concurrency as HTTP does them (issue 28), on the real server: every GET of
 * the API has an ETag and answers 304 to it; a session's ETag names its version, and
 * If-Match on PUT and DELETE is the alternative to the body's version, 412 when stale.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiCachingTests {

	private static final String SESSION = "{\"start\": \"2026-11-20T07:00\", \"durationMinutes\": %d, "
			+ "\"method\": \"DOUBLE_PUMP\", \"totalMl\": 30}";

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApiTokens tokens;

	private final HttpClient client = HttpClient.newHttpClient();

	private String token;

	@BeforeEach
	void parent() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.token = this.tokens.create(parent.getId(), "Caching", ApiAccess.READ_WRITE).token();
	}

	@Test
	void everyGetHasAnEtagAndAnUnchangedAnswerIsA304WithoutItsBody() throws Exception {
		for (String path : new String[] { "/api/v1/today", "/api/v1/sessions",
				"/api/v1/daily?from=2026-11-01&to=2026-11-28", "/api/v1/baby-checks?from=2026-11-01&to=2026-11-28" }) {
			HttpResponse<String> first = send("GET", path, null, null, null);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			String tag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-cache");
			HttpResponse<String> again = send("GET", path, null, "If-None-Match", tag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
		HttpResponse<String> before = send("GET", "/api/v1/sessions", null, null, null);
		send("POST", "/api/v1/sessions", SESSION.formatted(20), null, null);
		assertThat(send("GET", "/api/v1/sessions", null, "If-None-Match",
				before.headers().firstValue("ETag").orElseThrow())
			.statusCode()).as("changed since").isEqualTo(200);
	}

	@Test
	void ifMatchChangesOrDeletesOnlyTheVersionRead() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/sessions", SESSION.formatted(20), null, null);
		String path = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> read = send("GET", path, null, null, null);
		String tag = read.headers().firstValue("ETag").orElseThrow();
		assertThat(tag).matches("\"session-\\d+-v0\"");

		HttpResponse<String> changed = send("PUT", path, SESSION.formatted(25), "If-Match", tag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("\"durationMinutes\":25");
		assertThat(changed.headers().firstValue("ETag")).hasValueSatisfying((t) -> assertThat(t).endsWith("-v1\""));

		HttpResponse<String> stale = send("PUT", path, SESSION.formatted(30), "If-Match", tag);
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(send("DELETE", path, null, "If-Match", tag).statusCode()).as("a stale delete").isEqualTo(412);
		assertThat(send("DELETE", path, null, "If-Match", "\"something-else\"").statusCode()).isEqualTo(412);
		assertThat(send("GET", path, null, null, null).statusCode()).as("still there").isEqualTo(200);

		String current = changed.headers().firstValue("ETag").orElseThrow();
		assertThat(send("DELETE", path, null, "If-Match", current).statusCode()).isEqualTo(204);
		assertThat(send("GET", path, null, null, null).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> send(String method, String path, String body, String header, String value)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (header != null) {
			request.header(header, value);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
