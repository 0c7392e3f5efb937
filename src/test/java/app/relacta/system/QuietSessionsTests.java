package app.relacta.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading writes nothing: a page's request does not update its login session's row unless
 * the last recorded use is a minute old, and a static file's request does not even read
 * the session. Counted with the app's own statement counter, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QuietSessionsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aSessionUsedAgainWithinAMinuteIsNotWrittenAndAfterItIs() {
		touch(this.sessions);
	}

	private <S extends Session> void touch(SessionRepository<S> repository) {
		S created = repository.createSession();
		created.setAttribute("signedIn", "parent");
		repository.save(created);
		Instant recorded = lastAccess(created.getId());

		S soon = repository.findById(created.getId());
		soon.setLastAccessedTime(recorded.plusSeconds(30));
		long before = StatementCounting.PREPARED.sum();
		repository.save(soon);
		assertThat(StatementCounting.PREPARED.sum() - before).as("statements to save an unchanged session").isZero();
		assertThat(lastAccess(created.getId())).isEqualTo(recorded);

		S later = repository.findById(created.getId());
		later.setLastAccessedTime(recorded.plus(QuietSessions.RESOLUTION).plusSeconds(1));
		repository.save(later);
		assertThat(Duration.between(recorded, lastAccess(created.getId()))).isGreaterThan(QuietSessions.RESOLUTION);

		S flashed = repository.findById(created.getId());
		flashed.setAttribute("flash", "flash.sessionLogged");
		repository.save(flashed);
		assertThat(repository.findById(created.getId()).<String>getAttribute("flash")).isEqualTo("flash.sessionLogged");
		repository.deleteById(created.getId());
	}

	@Test
	void aStylesheetCostsNoStatementAndAPageOnlyReads() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		String email = "quiet-" + UUID.randomUUID() + "@example.com";
		assertThat(browser
			.submit(this.port, "/signup", "email", email, "password", "a quiet long password", "displayName", "Quiet",
					"timeZone", "Europe/London", "unit", "ML")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> today = browser.get(this.port, "/");
		assertThat(today.statusCode()).isEqualTo(200);
		Matcher stylesheet = Pattern.compile("href=\"(/assets/css/relacta-[0-9a-f]{32}\\.css)\"").matcher(today.body());
		assertThat(stylesheet.find()).isTrue();

		long before = StatementCounting.PREPARED.sum();
		assertThat(browser.get(this.port, stylesheet.group(1)).statusCode()).isEqualTo(200);
		assertThat(StatementCounting.PREPARED.sum() - before).as("statements for a stylesheet").isZero();

		String session = this.jdbc.queryForObject("select session_id from spring_session where principal_name = ?",
				String.class, email);
		Instant recorded = lastAccess(session);
		assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a page read within a minute leaves the session's row alone")
			.isEqualTo(recorded);
	}

	private Instant lastAccess(String sessionId) {
		return Instant.ofEpochMilli(this.jdbc
			.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, sessionId));
	}

}
