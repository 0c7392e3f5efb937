package app.relacta.system;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database out of reach, and back: every page answers within 3 s with 503 and a plain
 * "we can't reach your data right now" (the login sessions live in the database too), the
 * health check says DOWN, and when the database returns the app works again without a
 * restart. The outage is a switch on the connection source, so the test runs the same on
 * H2 and PostgreSQL; bench/outage.sh stops a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OutageTests {

	static final AtomicBoolean DOWN = new AtomicBoolean();

	@LocalServerPort
	private int port;

	@Test
	void everyPageSaysTheDataCannotBeReachedAtOnceAndTheAppRecoversByItself() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		String email = "outage-" + UUID.randomUUID() + "@example.com";
		assertThat(browser
			.submit(this.port, "/signup", "email", email, "password", "a sentence of my own", "displayName", "Ana",
					"timeZone", "Europe/London", "unit", "ML")
			.statusCode()).isEqualTo(302);
		String logForm = browser.get(this.port, "/journal/new").body();
		HttpClient script = HttpClient.newHttpClient();
		HttpResponse<String> made = script.send(HttpRequest.newBuilder(api("/api/v1/tokens"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":a sentence of my own").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).isEqualTo(201);
		String token = made.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		String[] sendAgain;
		String sendAgainToken;
		try {
			DOWN.set(true);
			for (String path : new String[] { "/", "/journal", "/progress", "/plan", "/baby" }) {
				long started = System.nanoTime();
				HttpResponse<String> page = browser.get(this.port, path);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(Duration.ofSeconds(3));
				assertThat(page.statusCode()).as(path).isEqualTo(503);
				assertThat(page.body()).contains("reach your data right now", "Nothing you typed was saved");
			}
			HttpResponse<String> saved = browser.post(this.port, "/journal", HttpBrowser.csrf(logForm), "startedAt",
					"2026-11-20T08:00", "durationMinutes", "20", "method", "DOUBLE_PUMP", "notes",
					"3 AM, \"left\" <sore>");
			assertThat(saved.statusCode()).isEqualTo(503);
			// What was typed is on the page, ready to be sent again, escaped.
			assertThat(saved.body())
				.contains("<form method=\"post\" id=\"send-again\" action=\"/journal\">",
						"name=\"startedAt\" value=\"2026-11-20T08:00\"",
						"name=\"notes\" value=\"3 AM, &quot;left&quot; &lt;sore&gt;\"", "Send it again")
				.doesNotContain("<sore>");
			sendAgain = hiddenFields(saved.body());
			sendAgainToken = HttpBrowser.csrf(saved.body());
			HttpResponse<String> deletion = browser.post(this.port, "/settings/data/delete", HttpBrowser.csrf(logForm),
					"password", "a sentence of my own");
			assertThat(deletion.statusCode()).isEqualTo(503);
			assertThat(deletion.body()).doesNotContain("send-again", "a sentence of my own");
			// A load balancer's health check carries no login session.
			HttpResponse<String> health = new HttpBrowser().get(this.port, "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			// The API says so in its own form.
			HttpResponse<String> sessions = script.send(
					HttpRequest.newBuilder(api("/api/v1/sessions")).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(sessions.statusCode()).isEqualTo(503);
			assertThat(sessions.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(sessions.body()).contains("\"status\":503", "Nothing was saved");
		}
		finally {
			DOWN.set(false);
		}
		assertThat(browser.get(this.port, "/").body()).contains("Hello, Ana");
		HttpResponse<String> sentAgain = browser.post(this.port, "/journal", sendAgainToken, sendAgain);
		assertThat(sentAgain.statusCode()).as("sent again once the database is back").isEqualTo(302);
		assertThat(browser.get(this.port, "/journal?until=2026-11-20").body())
			.contains("3 AM, &quot;left&quot; &lt;sore&gt;");
		assertThat(new HttpBrowser().get(this.port, "/actuator/health").statusCode()).isEqualTo(200);
	}

	private URI api(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String[] hiddenFields(String page) {
		List<String> fields = new ArrayList<>();
		Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">").matcher(page);
		while (hidden.find()) {
			if (hidden.group(1).equals("_csrf")) {
				continue;
			}
			fields.add(HtmlUtils.htmlUnescape(hidden.group(1)));
			fields.add(HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		return fields.toArray(String[]::new);
	}

	/** The application's connection source, behind a switch the test turns off and on. */
	@TestConfiguration
	static class Switch {

		@Bean
		static BeanPostProcessor switchableDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource source && !(bean instanceof Switchable)) ? new Switchable(source)
							: bean;
				}

			};
		}

	}

	/** Refuses every connection while {@link #DOWN}, as a stopped server does. */
	record Switchable(DataSource delegate) implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileDown();
			return this.delegate.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileDown();
			return this.delegate.getConnection(username, password);
		}

		private static void refuseWhileDown() throws SQLException {
			if (DOWN.get()) {
				throw new SQLTransientConnectionException("Connection refused (the test's outage)");
			}
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return this.delegate.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			this.delegate.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			this.delegate.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return this.delegate.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			return type.isInstance(this) ? type.cast(this) : this.delegate.unwrap(type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) throws SQLException {
			return type.isInstance(this) || this.delegate.isWrapperFor(type);
		}

	}

}
