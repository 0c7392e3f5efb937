package app.relacta.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write that waits past the lock timeout behind its own account's row (held here by
 * another transaction, as a stuck earlier write would) gives up after about 5 s, is
 * rolled back and answered 429 with the form kept to send again; the log says what
 * happened without the lock conflict's message, which on H2 lists the locked row's
 * values, the email and password hash among them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LockTimeoutTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aWriteStuckBehindItsAccountsLockIsAnswered429QuicklyAndLogsNoRow(CapturedOutput output) throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String start = LocalDateTime.now(ZoneId.of("Europe/London"))
			.truncatedTo(ChronoUnit.MINUTES)
			.minusHours(2)
			.toString();
		String hash = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				parent.getId());
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("select id from account where id = ? for update")) {
				lock.setLong(1, parent.getId());
				lock.executeQuery().close();
			}
			long began = System.nanoTime();
			var answer = TestRequests.post(this.mvc, TestAccounts.user(parent), "/journal", "startedAt", start,
					"durationMinutes", "20", "method", "DOUBLE_PUMP", "totalVolume", "30", "notes", "kept for later");
			Duration took = Duration.ofNanos(System.nanoTime() - began);
			holder.rollback();

			assertThat(answer).hasStatus(429);
			assertThat(took).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(10));
			String page = new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(page).contains("id=\"busy\"", "id=\"send-again\"", "value=\"kept for later\"");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from logged_session where parent_id = ?", Long.class,
				parent.getId()))
			.isZero();
		assertThat(output.getAll()).contains("answered 429")
			.doesNotContain(hash)
			.doesNotContain(hash.substring(hash.length() - 20))
			.doesNotContain(parent.getEmail());
	}

}
