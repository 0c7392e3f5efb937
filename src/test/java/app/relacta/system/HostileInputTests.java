package app.relacta.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outside probe typed into the forms, and what it must get back: the field's own
 * message, the value kept, at once. Issue 11, section 2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class HostileInputTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	private SignedInUser parent;

	@BeforeEach
	void parent() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

	/**
	 * An exponent of a hundred million: refused by the strict reading and never bound by
	 * a lenient fallback (which once took 157 s of CPU and a 100 MB page to expand).
	 */
	@ParameterizedTest(name = "{1} = {2} on {0}")
	@CsvSource({ "/journal, totalVolume, 1e100000000", "/journal, leftVolume, 1E+99999999",
			"/journal, rightVolume, 9e9999999", "/baby, supplementVolume, 1e100000000", "/baby, weight, 1e100000000",
			"/plan/settings, supplementVolume, 1e100000000", "/plan/settings, goalVolume, 1e100000000" })
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void anExponentIsAFieldErrorAtOnceOnEveryForm(String form, String field, String typed) {
		String[] fields = switch (form) {
			case "/journal" -> new String[] { "startedAt", "2026-11-22T08:00", "durationMinutes", "20", "method",
					"DOUBLE_PUMP", field, typed };
			case "/baby" -> new String[] { "date", "2026-11-22", field, typed };
			default -> new String[] { "path", "RELACTATION", "startDate", "2026-11-20", "supplementKind", "FORMULA",
					"goal", "DAILY_VOLUME", "nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10",
					"powerPumpsPerDay", "1", field, typed };
		};
		long started = System.nanoTime();
		var result = TestRequests.post(this.mvc, this.parent, form, fields);
		assertThat(result).hasStatusOk();
		String page = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"" + field + "-error\"", "value=\"" + typed + "\"").hasSizeLessThan(200_000);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aPlainDecimalStillBinds() {
		assertThat(TestRequests.post(this.mvc, this.parent, "/journal", "startedAt", "2026-11-22T08:00",
				"durationMinutes", "20", "method", "DOUBLE_PUMP", "totalVolume", "12,5"))
			.hasStatus3xxRedirection();
	}

}
