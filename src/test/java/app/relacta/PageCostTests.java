package app.relacta;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.PlanAdjustment;
import app.relacta.plan.PlanService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a page costs does not grow with the journal: a parent with 10 days of sessions and
 * one with 1,000 days get every page with the same number of SQL statements (as the app's
 * own statement counter sees them), and each page stays within the bytes a phone should
 * download for it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class PageCostTests {

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/**
	 * The pages a parent opens, with the bytes and SQL statements each may take at most:
	 * the statements each takes today (a login session's read is not among them here), so
	 * one more is a change to look at.
	 */
	private static final Map<String, Cost> BUDGETS = new LinkedHashMap<>();

	static {
		// Today: one more since issue 26, the breast notes of the last days (F3), and one
		// for issue 27, the quick log's minutes and method from the last session.
		BUDGETS.put("/", new Cost(16_000, 13));
		BUDGETS.put("/journal", new Cost(40_000, 6));
		BUDGETS.put("/progress", new Cost(16_000, 7));
		// The table's cells carry their column's name, for the stacked rows on a phone.
		BUDGETS.put("/progress?range=90", new Cost(52_000, 7));
		BUDGETS.put("/progress/daily.json?from=2025-11-21&to=2026-11-20", new Cost(80_000, 4));
		BUDGETS.put("/plan", new Cost(32_000, 4));
		BUDGETS.put("/baby", new Cost(8_000, 7));
	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PlanService plans;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private MutableClock clock;

	private SignedInUser tenDays;

	private SignedInUser thousandDays;

	@BeforeEach
	void parents() {
		this.clock.set(NOW);
		this.tenDays = parentWithDays(10);
		this.thousandDays = parentWithDays(1_000);
	}

	@Test
	void everyPageTakesTheSameStatementsForTenDaysAndAThousand() {
		BUDGETS.forEach((page, cost) -> {
			get(this.tenDays, page);
			get(this.thousandDays, page);
			long few = statements(this.tenDays, page);
			long many = statements(this.thousandDays, page);
			assertThat(many).as("SQL statements for %s with 1,000 days against 10", page).isEqualTo(few);
			assertThat(many).as("SQL statements for %s", page).isLessThanOrEqualTo(cost.statements());
		});
	}

	@Test
	void everyPageStaysWithinItsBytes() {
		BUDGETS.forEach((page, cost) -> {
			MvcTestResult result = get(this.thousandDays, page);
			assertThat(result).hasStatusOk();
			int bytes = result.getResponse().getContentAsByteArray().length;
			assertThat(bytes).as("bytes of %s", page).isLessThanOrEqualTo(cost.bytes());
		});
		String progress = new String(get(this.thousandDays, "/progress").getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(progress).contains("Your first day of 100 mL or more.");
	}

	/**
	 * The statements a page takes: the fewest of three requests, because the counter is
	 * the whole JVM's, and the suite's other cached applications run their scheduled jobs
	 * (the expired login sessions' clean-up) meanwhile; they only ever add.
	 */
	private long statements(SignedInUser parent, String page) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			double before = counted();
			assertThat(get(parent, page)).hasStatusOk();
			fewest = Math.min(fewest, Math.round(counted() - before));
		}
		return fewest;
	}

	private double counted() {
		return this.meters.get("relacta.jdbc.statements").functionCounter().count();
	}

	/**
	 * A page as the parent's browser gets it, with the app's own CSRF tokens, in a
	 * cookie. Spring Security's test {@code csrf()}, used by other tests of the same
	 * cached application, swaps in tokens kept in a login session for good, and each
	 * request of a MockMvc user without one would then write a new one to the database:
	 * statements a browser never causes.
	 */
	private MvcTestResult get(SignedInUser parent, String page) {
		return this.mvc.get().uri(page).with(user(parent)).with((request) -> {
			WebTestUtils.setCsrfTokenRepository(request, new CookieCsrfTokenRepository());
			return request;
		}).exchange();
	}

	/**
	 * A parent whose journal has 8 sessions a day for {@code days} days up to today,
	 * written in one batch, with the day totals counted again by a change of the night
	 * window (as the app does).
	 */
	private SignedInUser parentWithDays(int days) {
		Account parent = TestAccounts.parent(this.accounts, ZONE.getId(), VolumeUnit.ML);
		LocalDate today = LocalDate.ofInstant(NOW, ZONE);
		List<Object[]> rows = new ArrayList<>();
		for (LocalDate day = today.minusDays(days - 1); !day.isAfter(today); day = day.plusDays(1)) {
			for (int slot = 0; slot < 8; slot++) {
				Instant start = day.atTime(LocalTime.of(slot * 3, 10)).atZone(ZONE).toInstant();
				if (start.isAfter(NOW)) {
					continue;
				}
				rows.add(new Object[] { parent.getId(), Timestamp.from(start),
						Timestamp.from(start.plus(Duration.ofMinutes(20))), ZONE.getId(), day,
						5 + (int) (day.toEpochDay() % 40), slot == 6, slot == 3 ? "A good letdown" : null,
						Timestamp.from(start) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes,
				  method, total_ml, drops_only, power_pump, hand_expression, massage, notes, created_at, updated_at,
				  version)
				values (?, ?, ?, ?, ?, 20, 'DOUBLE_PUMP', ?, false, ?, true, true, ?, ?, ?, 0)""",
				rows.stream()
					.map((row) -> new Object[] { row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
							row[8] })
					.toList());
		this.plans.adjust(parent.getId(), parent.getId(),
				new PlanAdjustment(10, LocalTime.of(22, 30), LocalTime.of(6, 0), 1));
		return TestAccounts.user(parent);
	}

	private record Cost(int bytes, long statements) {

	}

}
