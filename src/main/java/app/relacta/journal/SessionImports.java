package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.relacta.account.AccountService;
import app.relacta.plan.PlanService;
import app.relacta.system.RowRefusal;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds sessions read from a file to a parent's journal, all at once: each checked by the
 * journal's rules (any age since 2000, which a typed entry may not be), none overlapping
 * a logged session or an earlier row, so the same file imported twice adds nothing the
 * second time. A few queries whatever the file's length: the logged sessions of its span
 * read once, the new ones written in batches, the day totals counted once.
 */
@Service
public class SessionImports {

	/** No imported session is older. */
	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final DayTotals totals;

	private final PlanService plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionImports(JdbcTemplate jdbc, AccountService accounts, DayTotals totals, PlanService plans,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.totals = totals;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * What importing {@code rows} adds and leaves out; with {@code dryRun} nothing is
	 * saved.
	 */
	@Transactional
	public Outcome importAll(long parentId, List<ImportedSession> rows, boolean dryRun) {
		this.accounts.lockForWrites(parentId);
		Instant now = this.clock.instant();
		List<RowRefusal> skipped = new ArrayList<>();
		List<ImportedSession> readable = new ArrayList<>();
		for (ImportedSession row : rows) {
			RowRefusal refusal = refusal(row, now);
			if (refusal != null) {
				skipped.add(refusal);
			}
			else {
				readable.add(cleaned(row));
			}
		}
		readable.sort(Comparator.comparing(ImportedSession::start).thenComparingLong(ImportedSession::line));
		TreeMap<Instant, Taken> taken = logged(parentId, readable);
		List<ImportedSession> added = new ArrayList<>();
		for (ImportedSession row : readable) {
			Instant end = end(row);
			Map.Entry<Instant, Taken> before = taken.lowerEntry(end);
			if (before != null && before.getValue().end().isAfter(row.start())) {
				skipped.add(overlap(row, before));
				continue;
			}
			taken.put(row.start(), new Taken(end, row.line(), row.durationMinutes()));
			added.add(row);
		}
		skipped.sort(Comparator.comparingLong(RowRefusal::line));
		if (!dryRun && !added.isEmpty()) {
			insert(parentId, added, now);
			this.totals.rebuild(parentId, this.plans.current(parentId).night());
			this.events.publishEvent(new SessionsChanged(parentId));
			this.accounts.dataChanged(parentId);
		}
		return new Outcome(added, skipped);
	}

	private static @Nullable RowRefusal refusal(ImportedSession row, Instant now) {
		if (row.durationMinutes() < 1 || row.durationMinutes() > SessionEntry.MAX_DURATION_MINUTES) {
			return RowRefusal.of(row.line(), "import.skip.duration", row.durationMinutes());
		}
		if (row.start().isAfter(now.plus(SessionRules.ALLOWED_CLOCK_SKEW))) {
			return RowRefusal.of(row.line(), "import.skip.future");
		}
		if (row.start().isBefore(EARLIEST)) {
			return RowRefusal.of(row.line(), "import.skip.tooOld");
		}
		if (outOfRange(row.leftMl(), SessionRules.MAX_SIDE_ML) || outOfRange(row.rightMl(), SessionRules.MAX_SIDE_ML)
				|| outOfRange(row.totalMl(), SessionRules.MAX_TOTAL_ML)
				|| outOfRange(sides(row), SessionRules.MAX_TOTAL_ML)) {
			return RowRefusal.of(row.line(), "import.skip.volume");
		}
		return null;
	}

	private static boolean outOfRange(@Nullable BigDecimal ml, BigDecimal max) {
		return ml != null && (ml.signum() < 0 || ml.compareTo(max) > 0);
	}

	private static @Nullable BigDecimal sides(ImportedSession row) {
		if (row.leftMl() == null && row.rightMl() == null) {
			return null;
		}
		return ((row.leftMl() != null) ? row.leftMl() : BigDecimal.ZERO)
			.add((row.rightMl() != null) ? row.rightMl() : BigDecimal.ZERO);
	}

	/**
	 * The row as the journal keeps it: the total the sum of the sides when there are
	 * sides, drops only without a volume, notes within their length.
	 */
	private static ImportedSession cleaned(ImportedSession row) {
		BigDecimal total = (sides(row) != null) ? sides(row) : row.totalMl();
		boolean drops = row.dropsOnly() && (total == null || total.signum() == 0);
		String notes = (row.notes() == null || row.notes().isBlank()) ? null : row.notes().strip();
		if (notes != null && notes.length() > SessionEntry.MAX_NOTES_LENGTH) {
			notes = notes.substring(0, SessionEntry.MAX_NOTES_LENGTH);
		}
		return new ImportedSession(row.line(), row.start(), row.zone(), row.durationMinutes(), row.method(),
				row.leftMl(), row.rightMl(), total, drops, row.powerPump(), row.handExpression(), row.massage(),
				row.pain(), notes);
	}

	private static Instant end(ImportedSession row) {
		return row.start().plus(Duration.ofMinutes(row.durationMinutes()));
	}

	private static RowRefusal overlap(ImportedSession row, Map.Entry<Instant, Taken> other) {
		Taken taken = other.getValue();
		if (taken.line() == 0) {
			boolean same = other.getKey().equals(row.start()) && taken.minutes() == row.durationMinutes();
			return RowRefusal.of(row.line(), same ? "import.skip.alreadyThere" : "import.skip.overlap",
					OffsetDateTime.ofInstant(other.getKey(), row.zone()).toLocalDateTime());
		}
		return RowRefusal.of(row.line(), "import.skip.overlapInFile", taken.line());
	}

	/**
	 * The logged sessions that could meet the file's rows, from one query.
	 */
	private TreeMap<Instant, Taken> logged(long parentId, List<ImportedSession> rows) {
		TreeMap<Instant, Taken> taken = new TreeMap<>();
		if (rows.isEmpty()) {
			return taken;
		}
		Instant from = rows.get(0).start().minus(Duration.ofMinutes(SessionEntry.MAX_DURATION_MINUTES + 1));
		Instant to = rows.stream().map(SessionImports::end).max(Comparator.naturalOrder()).orElseThrow();
		this.jdbc.query("select started_at, ended_at, duration_minutes from logged_session "
				+ "where parent_id = ? and started_at >= ? and started_at < ?", (rs) -> {
					taken.put(rs.getObject(1, OffsetDateTime.class).toInstant(),
							new Taken(rs.getObject(2, OffsetDateTime.class).toInstant(), 0, rs.getInt(3)));
				}, parentId, utc(from), utc(to));
		return taken;
	}

	private void insert(long parentId, List<ImportedSession> rows, Instant now) {
		String sql = "insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, "
				+ "duration_minutes, method, left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, "
				+ "massage, pain, notes, created_at, updated_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> batch = new ArrayList<>();
			for (ImportedSession row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
				batch.add(new Object[] { parentId, utc(row.start()), utc(end(row)), row.zone().getId(),
						LocalDate.ofInstant(row.start(), row.zone()), row.durationMinutes(), row.method().name(),
						row.leftMl(), row.rightMl(), row.totalMl(), row.dropsOnly(), row.powerPump(),
						row.handExpression(), row.massage(), row.pain(), row.notes(), utc(now), utc(now) });
			}
			this.jdbc.batchUpdate(sql, batch);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A span of time already taken: by a logged session (line 0) or a row of the file.
	 */
	private record Taken(Instant end, long line, int minutes) {

	}

	/**
	 * The rows that are (or would be) added, and those left out with why.
	 */
	public record Outcome(List<ImportedSession> added, List<RowRefusal> skipped) {

	}

}
