package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Preferences;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.PlanAdjustment;
import app.relacta.plan.PlanService;
import app.relacta.system.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost to the kept day totals: after every step of a random mix of logs,
 * edits, deletes, time-zone changes and night-window changes, made through the services
 * as a parent would, the {@code day_total} rows equal a plain recount from the sessions,
 * done here the simple way (every session, sorted, no incremental step).
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class DayTotalsPropertyTests {

	private static final List<String> ZONES = List.of("Pacific/Auckland", "Pacific/Honolulu", "UTC",
			"Pacific/Kiritimati", "America/New_York");

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private static final int STEPS = 150;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private PlanService plans;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void theKeptTotalsEqualARecountAfterEveryStep(long seed) {
		this.clock.set(NOW);
		Random random = new Random(seed);
		Account parent = TestAccounts.parent(this.accounts, ZONES.get(0), VolumeUnit.ML);
		long id = parent.getId();
		for (int step = 0; step < STEPS; step++) {
			String done = step(random, id);
			assertThat(kept(id)).as("seed %d, step %d: %s", seed, step, done).isEqualTo(recount(id));
		}
		assertThat(kept(id)).isNotEmpty();
	}

	private String step(Random random, long parentId) {
		int choice = random.nextInt(100);
		List<Long> ids = this.jdbc.sql("select id from logged_session where parent_id = ? order by id")
			.param(parentId)
			.query(Long.class)
			.list();
		try {
			if (choice < 50 || ids.isEmpty()) {
				this.journal.log(parentId, entry(random, parentId, null));
				return "log";
			}
			long sessionId = ids.get(random.nextInt(ids.size()));
			if (choice < 72) {
				Long version = this.journal.entry(parentId, sessionId).version();
				this.journal.update(parentId, sessionId, entry(random, parentId, version));
				return "edit " + sessionId;
			}
			if (choice < 90) {
				this.journal.delete(parentId, sessionId);
				return "delete " + sessionId;
			}
			if (choice < 96) {
				String zone = ZONES.get(random.nextInt(ZONES.size()));
				this.accounts.updatePreferences(parentId,
						new Preferences("Test parent", zone, VolumeUnit.ML, null, null, null, null));
				return "zone " + zone;
			}
			LocalTime start = LocalTime.of(19 + random.nextInt(5), 30 * random.nextInt(2));
			LocalTime end = LocalTime.of(4 + random.nextInt(4), 0);
			this.plans.adjust(parentId, parentId, new PlanAdjustment(10, start, end, 1));
			return "night " + start + "-" + end;
		}
		catch (OverlappingSessionException | InvalidInput refused) {
			return "refused";
		}
	}

	/** A session somewhere in the last ten days, as typed in the parent's zone now. */
	private SessionEntry entry(Random random, long parentId, Long version) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		LocalDateTime start = LocalDateTime.ofInstant(NOW.minus(Duration.ofMinutes(random.nextInt(10 * 24 * 60))), zone)
			.truncatedTo(ChronoUnit.MINUTES);
		int kind = random.nextInt(4);
		BigDecimal total = (kind < 2) ? BigDecimal.valueOf(random.nextInt(1200), 1) : null;
		return new SessionEntry(start, 5 + random.nextInt(40), SessionMethod.DOUBLE_PUMP, null, null, total, kind == 2,
				random.nextInt(5) == 0, false, false, null, version);
	}

	private List<DayTotal> kept(long parentId) {
		return this.journal.days(parentId, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
	}

	private List<DayTotal> recount(long parentId) {
		return DayRecount.of(this.jdbc, parentId, this.plans.current(parentId).night());
	}

}
