package app.relacta.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from the real server: friendly words, never a stack
 * trace. Uses a plain HTTP client that keeps cookies, and signs up like a person.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ErrorPageTests.FailingPage.class)
class ErrorPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private HttpClient client;

	@BeforeEach
	void signUp() throws Exception {
		assertThat(signUpAs("displayName=Erin").uri().getPath()).isEqualTo("/plan/setup/1");
	}

	/** A new browser that signs up a new account with these fields besides the usual. */
	private HttpResponse<String> signUpAs(String fields) throws Exception {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String token = csrfToken("/signup");
		return post("/signup", "_csrf=" + token + "&email=errors-" + System.nanoTime() + "%40example.com&password="
				+ TestAccounts.PASSWORD.replace(' ', '+') + "&timeZone=Europe%2FLondon&unit=ML&" + fields);
	}

	@Test
	void anUnknownAddressGetsAFriendlyNotFoundPage() throws Exception {
		for (String path : List.of("/no-such-page", "/journal/999999999/edit", "/journal/abc/edit", "/error",
				"/error/x")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body())
				.contains("We could not find that page", "Your journal is safe.", "Back to Today")
				.doesNotContain("Exception", "at app.relacta", "Whitelabel", "Back to your clients");
		}
	}

	@Test
	void aConsultantsErrorPageLeadsBackToTheirClientsAndSaysNothingOfAJournal() throws Exception {
		signUpAs("displayName=Alex&role=CONSULTANT&credential=IBCLC");
		for (String path : List.of("/no-such-page", "/clients/999999999", "/journal")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains("We could not find that page", "Back to your clients")
				.doesNotContain("journal", "Back to Today");
		}
		assertThat(get("/journal?until=not-a-date").body()).contains("Back to your clients");
	}

	@Test
	void aMalformedParameterGetsAFriendlyPageNotAStackTrace() throws Exception {
		HttpResponse<String> response = get("/journal?until=not-a-date");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("We could not open that")
			.doesNotContain("Exception", "at app.relacta", "Whitelabel");
	}

	@Test
	void anOverlongIdIsNotFoundRatherThanAnError() throws Exception {
		HttpResponse<String> response = get("/journal/99999999999999999999999/edit");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void anUnexpectedFailureGetsAFriendlyErrorPage() throws Exception {
		HttpResponse<String> response = get("/test-only/fail");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side", "what you saved before is safe")
			.doesNotContain("Exception", "at app.relacta", "Whitelabel", "a failure for the test");
	}

	private String csrfToken(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * A page that fails, to see what a person gets when something unexpected breaks.
	 */
	@Controller
	static class FailingPage {

		@GetMapping("/test-only/fail")
		String fail() {
			throw new IllegalStateException("a failure for the test");
		}

	}

}
