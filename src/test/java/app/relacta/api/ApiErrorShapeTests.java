package app.relacta.api;

import java.util.List;

import app.relacta.RawHttp;
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
 * One error shape under /api (issue 28): on the real server, what the server refuses
 * before any controller (a query it cannot read, TRACE, a method it does not know), a
 * method a path does not take, a body that is not JSON and a change without its version
 * are all RFC 9457 problems, never Spring's default error map; 405 says what is allowed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiErrorShapeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApiTokens tokens;

	private String token;

	private long sessionId;

	@BeforeEach
	void parentWithASession() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.token = this.tokens.create(parent.getId(), "Errors", ApiAccess.READ_WRITE).token();
		String created = send("POST /api/v1/sessions", "application/json",
				"{\"start\": \"2026-11-20T07:00\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}");
		assertThat(created).startsWith("HTTP/1.1 201");
		this.sessionId = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
	}

	@Test
	void whatTheServerRefusesBeforeAnyControllerIsAProblem() throws Exception {
		for (String request : List.of("GET /api/v1/sessions?=", "GET /api/v1/sessions?%zz=1", "TRACE /api/v1/sessions",
				"FOO /api/v1/sessions")) {
			String answer = send(request, null, null);
			assertThat(answer).as(request).matches("(?s)HTTP/1.1 (4|5)\\d\\d .*");
			assertProblem(request, answer);
		}
	}

	@Test
	void aMethodThePathDoesNotTakeIs405WithAllow() throws Exception {
		String answer = send("PATCH /api/v1/sessions/" + this.sessionId, "application/json", "{}");
		assertThat(answer).startsWith("HTTP/1.1 405").contains("Allow: DELETE,GET,HEAD,PUT");
		assertProblem("PATCH", answer);
		assertThat(send("PATCH /api/v1/nothing-here", "application/json", "{}")).startsWith("HTTP/1.1 404");
	}

	@Test
	void aBodyThatIsNotJsonIs415AndAChangeWithoutItsVersionIs400() throws Exception {
		String csv = send("POST /api/v1/sessions", "text/plain", "start,minutes");
		assertThat(csv).startsWith("HTTP/1.1 415");
		assertProblem("text/plain", csv);
		String unversioned = send("PUT /api/v1/sessions/" + this.sessionId, "application/json",
				"{\"start\": \"2026-11-20T07:00\", \"durationMinutes\": 25, \"method\": \"DOUBLE_PUMP\"}");
		assertThat(unversioned).startsWith("HTTP/1.1 400").contains("\"version\":\"Please send the version last read");
		assertProblem("PUT", unversioned);
	}

	private static void assertProblem(String what, String answer) {
		assertThat(answer).as(what)
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":", "\"title\":", "\"detail\":")
			.doesNotContain("\"timestamp\"", "\"error\":", "Exception", "at app.");
	}

	private String send(String requestLine, String contentType, String body) throws Exception {
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n")
			.append("Authorization: Bearer ")
			.append(this.token)
			.append("\r\nAccept: application/json\r\nConnection: close\r\n");
		if (body != null) {
			byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			request.append("Content-Type: ")
				.append(contentType)
				.append("\r\nContent-Length: ")
				.append(bytes.length)
				.append("\r\n");
		}
		request.append("\r\n");
		if (body != null) {
			request.append(body);
		}
		return RawHttp.exchange(this.port, request.toString());
	}

}
