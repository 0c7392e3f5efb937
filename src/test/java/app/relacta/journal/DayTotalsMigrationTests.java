package app.relacta.journal;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import javax.sql.DataSource;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.PlanAdjustment;
import app.relacta.plan.PlanService;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 10 fills the day totals of a journal written before they were kept, each
 * parent against their own night window, equal to a recount from the sessions.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class DayTotalsMigrationTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private PlanService plans;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MutableClock clock;

	@Autowired
	private DayTotalsMigration migration;

	@Test
	@Transactional
	void theMigrationCountsEveryParentsDaysAsTheWritesWould() throws Exception {
		this.clock.set(Instant.parse("2026-11-20T12:00:00Z"));
		Account early = TestAccounts.parent(this.accounts, "Pacific/Auckland", VolumeUnit.ML);
		Account late = TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.OZ);
		this.plans.adjust(late.getId(), late.getId(),
				new PlanAdjustment(10, LocalTime.of(23, 30), LocalTime.of(7, 0), 1));
		for (Account parent : List.of(early, late)) {
			for (int i = 0; i < 40; i++) {
				LocalDateTime start = LocalDateTime.of(2026, 11, 10, 0, 15).plusMinutes(173L * i);
				this.journal.log(parent.getId(),
						new SessionEntry(start, 20, SessionMethod.DOUBLE_PUMP, null, null,
								(i % 3 == 0) ? null : java.math.BigDecimal.valueOf(i % 20 + 1), i % 6 == 0, i % 5 == 0,
								false, false, null, null));
			}
		}
		List<DayTotal> earlyKept = this.journal.days(early.getId(), LocalDate.MIN, LocalDate.MAX);
		List<DayTotal> lateKept = this.journal.days(late.getId(), LocalDate.MIN, LocalDate.MAX);
		this.jdbc.sql("delete from day_total where parent_id in (?, ?)").params(early.getId(), late.getId()).update();
		assertThat(this.journal.days(early.getId(), LocalDate.MIN, LocalDate.MAX)).isEmpty();

		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		this.migration.migrate(new Context() {
			@Override
			public Configuration getConfiguration() {
				throw new UnsupportedOperationException();
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		});

		assertThat(this.journal.days(early.getId(), LocalDate.MIN, LocalDate.MAX)).isNotEmpty()
			.isEqualTo(earlyKept)
			.isEqualTo(DayRecount.of(this.jdbc, early.getId(), this.plans.current(early.getId()).night()));
		assertThat(this.journal.days(late.getId(), LocalDate.MIN, LocalDate.MAX)).isEqualTo(lateKept)
			.isEqualTo(DayRecount.of(this.jdbc, late.getId(), this.plans.current(late.getId()).night()));
		assertThat(this.migration.getVersion().getVersion()).isEqualTo("10");
	}

}
