package app.relacta.account;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent with 100,000 sessions downloads all their data, as JSON and as the journal's
 * CSV, from a server whose heap is 256 MB: the files are written as they are read, so
 * both complete (loaded whole, the JSON alone once took the server down with an
 * OutOfMemoryError). Runs in a JVM of its own with {@code -Xmx256m} (the pom's
 * {@code small-heap} execution); the ordinary run leaves it out.
 */
@Tag("small-heap")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExportMemoryTests {

	static final int SESSIONS = 100_000;

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private Account parent;

	@BeforeEach
	void aParentWithAHundredThousandSessions() {
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		Instant first = LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			Instant start = first.plusSeconds(i * 3600L);
			rows.add(new Object[] { this.parent.getId(), Timestamp.from(start), Timestamp.from(start.plusSeconds(1200)),
					Date.valueOf(LocalDate.ofInstant(start, ZoneOffset.UTC)), "Session number " + i + ", a good one" });
			if (rows.size() == 5_000) {
				insert(rows);
				rows.clear();
			}
		}
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes,
				  method, left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, massage, notes,
				  created_at, updated_at, version)
				values (?, ?, ?, 'Europe/London', ?, 20, 'DOUBLE_PUMP', 12.5, 10, 22.5, false, true, false, true, ?,
				  current_timestamp, current_timestamp, 0)""", rows);
	}

	@AfterEach
	void forgetThem() {
		this.jdbc.update("delete from logged_session where parent_id = ?", this.parent.getId());
	}

	@Test
	void bothDownloadsCompleteWithinA256MegabyteHeap() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test is meant to run in")
			.isLessThanOrEqualTo(300L * 1024 * 1024);
		HttpBrowser browser = new HttpBrowser();
		assertThat(browser
			.submit(this.port, "/login", "username", this.parent.getEmail(), "password", TestAccounts.PASSWORD)
			.statusCode()).isEqualTo(302);

		long[] json = download(browser, "/settings/data/export.json", "\"notes\":\"Session number 99999, a good one\"");
		assertThat(json[1]).as("sessions in the JSON").isEqualTo(SESSIONS);
		long[] csv = download(browser, "/journal/export.csv", "Session number 99999, a good one");
		assertThat(csv[1]).as("sessions in the CSV").isEqualTo(SESSIONS);
		// The server still answers.
		assertThat(browser.get(this.port, "/actuator/health").statusCode()).isEqualTo(200);
	}

	/**
	 * The file's size in bytes and how many times "Session number" is in it, read as it
	 * arrives; {@code last} must be in it.
	 */
	private long[] download(HttpBrowser browser, String path, String last) throws Exception {
		HttpResponse<InputStream> response = browser.client()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		byte[] marker = "Session number ".getBytes();
		byte[] lastBytes = last.getBytes();
		long size = 0;
		long found = 0;
		int matched = 0;
		int lastMatched = 0;
		boolean sawLast = false;
		try (InputStream in = response.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					matched = (b == marker[matched]) ? matched + 1 : (b == marker[0]) ? 1 : 0;
					if (matched == marker.length) {
						found++;
						matched = 0;
					}
					lastMatched = (b == lastBytes[lastMatched]) ? lastMatched + 1 : (b == lastBytes[0]) ? 1 : 0;
					if (lastMatched == lastBytes.length) {
						sawLast = true;
						lastMatched = 0;
					}
				}
				size += n;
			}
		}
		assertThat(sawLast).as("the last session is in " + path).isTrue();
		assertThat(size).isGreaterThan(SESSIONS * 50L);
		return new long[] { size, found };
	}

}
