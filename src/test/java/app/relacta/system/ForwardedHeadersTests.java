package app.relacta.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle counts tries by the client's address. On the real server (Tomcat's
 * forwarded-header handling), an {@code X-Forwarded-For} changes that address only when
 * it comes from a proxy the operator named: by default none, so a guesser cannot reset
 * the per-address limit by claiming a new address on every try (Tomcat's own default
 * trusted every private address).
 */
class ForwardedHeadersTests {

	/** The real server of a nested test, and an empty login_bucket around each test. */
	abstract static class OnTheRealServer {

		@LocalServerPort
		int port;

		@Autowired
		private JdbcTemplate jdbc;

		/**
		 * Buckets live in the database with the limits they were made with: this
		 * machine's address starts with one made with this test's limit, and is left with
		 * a full one for the tests after.
		 */
		@BeforeEach
		@AfterEach
		void forgetTheTries() {
			this.jdbc.update("delete from login_bucket");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "relacta.login.attempts-per-address=3")
	class WithNoProxyNamed extends OnTheRealServer {

		@Test
		void aNewForwardedAddressOnEveryTryDoesNotResetTheAddressLimit() throws Exception {
			assertThat(tries(this.port, 4)).containsExactly("/login?error", "/login?error", "/login?error",
					"/login?throttled");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "relacta.login.attempts-per-address=3",
			"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1" })
	class BehindANamedProxy extends OnTheRealServer {

		@Test
		void eachClientBehindItIsCountedByItsOwnAddress() throws Exception {
			assertThat(tries(this.port, 4)).containsOnly("/login?error");
		}

		@Test
		void requestsItSaysCameThroughTlsAreSecureAndGetHsts() throws Exception {
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-For", "203.0.113.7")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		}

	}

	/**
	 * Wrong passwords for different made-up accounts, each claiming a different address:
	 * where each was sent.
	 */
	static String[] tries(int port, int count) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String[] answers = new String[count];
		for (int i = 0; i < count; i++) {
			HttpResponse<String> page = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String form = "_csrf=" + URLEncoder.encode(HttpBrowser.csrf(page.body()), StandardCharsets.UTF_8)
					+ "&username=guess-" + System.nanoTime() + "%40example.com&password=wrong+guess";
			HttpResponse<String> answer = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-Forwarded-For", "203.0.113." + (i + 1))
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			answers[i] = answer.headers().firstValue("Location").orElse(String.valueOf(answer.statusCode()));
		}
		return answers;
	}

}
