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

	/** The pages a parent opens, with the bytes each may take at most. */
	private static final Map<String, Integer> BUDGETS = new LinkedHashMap<>();

	static {
		BUDGETS.put("/", 16_000);
		BUDGETS.put("/journal", 40_000);
		BUDGETS.put("/progress", 16_000);
		BUDGETS.put("/progress?range=90", 48_000);
		BUDGETS.put("/progress/daily.json?from=2025-11-21&to=2026-11-20", 80_000);
		BUDGETS.put("/plan", 32_000);
		BUDGETS.put("/baby", 8_000);
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
		for (String page : BUDGETS.keySet()) {
			get(this.tenDays, page);
			get(this.thousandDays, page);
			long few = statements(this.tenDays, page);
			long many = statements(this.thousandDays, page);
			assertThat(many).as("SQL statements for %s with 1,000 days against 10", page).isEqualTo(few);
			assertThat(many).as("SQL statements for %s", page).isLessThanOrEqualTo(15);
		}
	}

	@Test
	void everyPageStaysWithinItsBytes() {
		BUDGETS.forEach((page, budget) -> {
			MvcTestResult result = get(this.thousandDays, page);
			assertThat(result).hasStatusOk();
			int bytes = result.getResponse().getContentAsByteArray().length;
			assertThat(bytes).as("bytes of %s", page).isLessThanOrEqualTo(budget);
		});
		String progress = new String(get(this.thousandDays, "/progress").getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(progress).contains("Your first day of 100 mL or more.");
	}

	private long statements(SignedInUser parent, String page) {
		double before = counted();
		assertThat(get(parent, page)).hasStatusOk();
		return Math.round(counted() - before);
	}

	private double counted() {
		return this.meters.get("relacta.jdbc.statements").functionCounter().count();
	}

	private MvcTestResult get(SignedInUser parent, String page) {
		return this.mvc.get().uri(page).with(user(parent)).exchange();
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

}
