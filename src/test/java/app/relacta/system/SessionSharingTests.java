package app.relacta.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import app.relacta.HttpBrowser;
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
		HttpBrowser browser = new HttpBrowser();
		try (ConfigurableApplicationContext first = start()) {
			int port = port(first);
			String email = "instances-" + UUID.randomUUID() + "@example.com";
			HttpResponse<String> signedUp = browser.submit(port, "/signup", "email", email, "password",
					"a sentence of my own", "displayName", "Ana", "timeZone", "Europe/London", "unit", "ML");
			assertThat(signedUp.statusCode()).isEqualTo(302);
			assertThat(browser.get(port, "/journal").statusCode()).isEqualTo(200);

			try (ConfigurableApplicationContext second = start()) {
				HttpResponse<String> elsewhere = browser.get(port(second), "/journal");
				assertThat(elsewhere.statusCode()).as("the same cookie on the second instance").isEqualTo(200);
				assertThat(elsewhere.body()).contains("Journal");
				first.close();
				assertThat(browser.get(port(second), "/").body()).as("after the first is gone").contains("Hello, Ana");
			}
		}
		try (ConfigurableApplicationContext restarted = start()) {
			assertThat(browser.get(port(restarted), "/").body()).as("after a restart of both").contains("Hello, Ana");
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RelactaApplication.class).properties("server.port=0").run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
