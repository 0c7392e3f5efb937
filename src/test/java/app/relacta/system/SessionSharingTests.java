package app.relacta.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.RelactaApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login sessions live in the database: a parent who signed up on one instance is still
 * signed in on a second one, and after the first is gone (a restart, or an instance lost
 * behind the load balancer).
 */
class SessionSharingTests {

	@Test
	void aLoginIsKeptAcrossInstancesAndARestart() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		try (ConfigurableApplicationContext first = start()) {
			int port = port(first);
			String email = "instances-" + UUID.randomUUID() + "@example.com";
			HttpResponse<String> signedUp = post(browser, port, "/signup", "email", email, "password",
					"a sentence of my own", "displayName", "Ana", "timeZone", "Europe/London", "unit", "ML");
			assertThat(signedUp.statusCode()).isEqualTo(302);
			assertThat(get(browser, port, "/journal").statusCode()).isEqualTo(200);

			try (ConfigurableApplicationContext second = start()) {
				HttpResponse<String> elsewhere = get(browser, port(second), "/journal");
				assertThat(elsewhere.statusCode()).as("the same cookie on the second instance").isEqualTo(200);
				assertThat(elsewhere.body()).contains("Journal");
				first.close();
				assertThat(get(browser, port(second), "/").body()).as("after the first is gone").contains("Hello, Ana");
			}
		}
		try (ConfigurableApplicationContext restarted = start()) {
			assertThat(get(browser, port(restarted), "/").body()).as("after a restart of both").contains("Hello, Ana");
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RelactaApplication.class).properties("server.port=0").run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient browser, int port, String path)
			throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, int port, String path, String... fields)
			throws IOException, InterruptedException {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(browser, port, path).body());
		assertThat(token.find()).isTrue();
		StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			form.append('&')
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
