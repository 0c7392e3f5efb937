package app.relacta.journal;

import java.time.LocalTime;
import java.util.List;

import app.relacta.plan.NightWindow;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 10: fills {@code day_total} (made by migration 9) from every parent's logged
 * sessions, with the same code that keeps it on each write, each parent against the night
 * window of their plan in force. Spring Boot hands this bean to Flyway, which runs it
 * once, in order, in its own transaction, before the application starts.
 */
@Component
class DayTotalsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("10");
	}

	@Override
	public String getDescription() {
		return "day totals from the logged sessions";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
		JdbcTemplate jdbc = new JdbcTemplate(connection);
		DayTotals totals = new DayTotals(connection);
		List<Long> parents = jdbc.queryForList("select distinct parent_id from logged_session order by parent_id",
				Long.class);
		for (long parentId : parents) {
			totals.rebuild(parentId, night(jdbc, parentId));
		}
	}

	/** The night window of the plan in force, as {@code PlanService} reads it. */
	private static NightWindow night(JdbcTemplate jdbc, long parentId) {
		return jdbc
			.query("""
					select night_start, night_end from plan_settings where parent_id = ?
					order by changed_at desc, id desc fetch first 1 rows only""",
					(rs, row) -> new NightWindow(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)),
					parentId)
			.stream()
			.findFirst()
			.orElse(NightWindow.DEFAULT);
	}

}
