package app.relacta.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import app.relacta.plan.NightWindow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code day_total} table: one row per parent and local day with sessions, kept in
 * step with the sessions inside each write's transaction. Only the days a write touches
 * are counted again, from that day's sessions and the one session before them, so a write
 * costs the same however long the journal. Plain JDBC, so the migration that first fills
 * the table runs this same code before the application starts.
 */
@Repository
class DayTotals {

	private static final String POINT_COLUMNS = "started_at, time_zone, local_date, total_ml, drops_only, power_pump";

	private static final String COLUMNS = """
			local_date, sessions, unmeasured_sessions, drops_only_sessions, power_pumps, total_ml, largest_ml,
			first_start, last_start, longest_gap_minutes, night_sessions, prolactin_sessions
			""";

	private final JdbcTemplate jdbc;

	DayTotals(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		// A rebuild reads a whole journal; in batches, not at once.
		this.jdbc.setFetchSize(500);
	}

	/**
	 * Counts again the days a written session (flushed) changes: the days it was and is
	 * on, and the days of the sessions just after where it was and is, whose gap from the
	 * session before them changed.
	 */
	void countAgain(long parentId, long sessionId, NightWindow night, SessionStart... places) {
		Set<LocalDate> days = new HashSet<>();
		for (SessionStart place : places) {
			days.add(place.localDate());
			dayOfNextSession(parentId, place.start(), sessionId).ifPresent(days::add);
		}
		refresh(parentId, days, night);
	}

	/**
	 * Counts these days of the parent again from their sessions, after a session was
	 * logged, changed or deleted (flushed first). A day left without sessions loses its
	 * row.
	 */
	void refresh(long parentId, Collection<LocalDate> days, NightWindow night) {
		for (LocalDate day : new TreeSet<>(days)) {
			this.jdbc.update("delete from day_total where parent_id = ? and local_date = ?", parentId, day);
			List<OffsetDateTime[]> bounds = this.jdbc.query(
					"select min(started_at), max(started_at) from logged_session where parent_id = ? and local_date = ?",
					(rs, row) -> new OffsetDateTime[] { rs.getObject(1, OffsetDateTime.class),
							rs.getObject(2, OffsetDateTime.class) },
					parentId, day);
			OffsetDateTime first = bounds.get(0)[0];
			if (first == null) {
				continue;
			}
			OffsetDateTime before = sessionBefore(parentId, first);
			List<DayTotal.Point> points = this.jdbc.query("select " + POINT_COLUMNS + """
					 from logged_session where parent_id = ? and started_at >= ? and started_at <= ?
					order by started_at""", DayTotals::point, parentId, (before != null) ? before : first,
					bounds.get(0)[1]);
			insert(parentId, DayTotal.tally(points, day::equals, night).values());
		}
	}

	/**
	 * When the parent's session just before {@code start} started, or null for none:
	 * looked for in the day before first, which reads a dozen index entries, and in the
	 * whole journal only after a break of a day or more.
	 */
	private @Nullable OffsetDateTime sessionBefore(long parentId, OffsetDateTime start) {
		String before = "select max(started_at) from logged_session where parent_id = ? and started_at < ?";
		OffsetDateTime found = this.jdbc.queryForObject(before + " and started_at >= ?", OffsetDateTime.class, parentId,
				start, start.minusDays(1));
		return (found != null) ? found : this.jdbc.queryForObject(before, OffsetDateTime.class, parentId, start);
	}

	/**
	 * The parent's latest day with sessions before {@code day}, if any.
	 */
	Optional<LocalDate> latestDayBefore(long parentId, LocalDate day) {
		return Optional.ofNullable(
				this.jdbc.queryForObject("select max(local_date) from day_total where parent_id = ? and local_date < ?",
						LocalDate.class, parentId, day));
	}

	/**
	 * Counts every day of the parent again, from the whole journal (fetched 500 rows at a
	 * time): for a new night window, and for the migration.
	 */
	void rebuild(long parentId, NightWindow night) {
		this.jdbc.update("delete from day_total where parent_id = ?", parentId);
		List<DayTotal.Point> points = this.jdbc.query(
				"select " + POINT_COLUMNS + " from logged_session where parent_id = ? order by started_at",
				DayTotals::point, parentId);
		insert(parentId, DayTotal.tally(points, (day) -> true, night).values());
	}

	/**
	 * The local day of the parent's first session that starts after {@code start}, other
	 * than {@code exceptId}: its gap from the session before it may have changed.
	 */
	private Optional<LocalDate> dayOfNextSession(long parentId, Instant start, long exceptId) {
		return this.jdbc
			.query("""
					select local_date from logged_session
					where parent_id = ? and started_at > ? and id <> ?
					order by started_at
					fetch first 1 rows only""", (rs, row) -> rs.getObject(1, LocalDate.class), parentId, utc(start),
					exceptId)
			.stream()
			.findFirst();
	}

	/**
	 * The parent's days from {@code from} to {@code to} that have sessions, oldest first.
	 */
	List<DayTotal> between(long parentId, LocalDate from, LocalDate to) {
		return this.jdbc.query("select " + COLUMNS + """
				from day_total where parent_id = ? and local_date between ? and ? order by local_date""",
				DayTotals::total, parentId, from, to);
	}

	private void insert(long parentId, Collection<DayTotal> totals) {
		if (totals.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(totals.size());
		for (DayTotal t : totals) {
			rows.add(new Object[] { parentId, t.date(), t.sessions(), t.unmeasuredSessions(), t.dropsOnlySessions(),
					t.powerPumps(), t.totalMl(), t.largestMl(), utc(t.firstStart()), utc(t.lastStart()),
					t.longestGapMinutes(), t.nightSessions(), t.prolactinSessions() });
		}
		this.jdbc.batchUpdate(
				"insert into day_total (parent_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	private static DayTotal.Point point(ResultSet rs, int row) throws SQLException {
		Instant start = instant(rs, "started_at");
		return new DayTotal.Point(start, rs.getObject("local_date", LocalDate.class),
				LocalTime.ofInstant(start, ZoneId.of(rs.getString("time_zone"))), rs.getBigDecimal("total_ml"),
				rs.getBoolean("drops_only"), rs.getBoolean("power_pump"));
	}

	private static DayTotal total(ResultSet rs, int row) throws SQLException {
		return new DayTotal(rs.getObject("local_date", LocalDate.class), rs.getInt("sessions"),
				rs.getInt("unmeasured_sessions"), rs.getInt("drops_only_sessions"), rs.getInt("power_pumps"),
				rs.getBigDecimal("total_ml"), rs.getBigDecimal("largest_ml"), instant(rs, "first_start"),
				instant(rs, "last_start"), rs.getLong("longest_gap_minutes"), rs.getInt("night_sessions"),
				rs.getInt("prolactin_sessions"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
