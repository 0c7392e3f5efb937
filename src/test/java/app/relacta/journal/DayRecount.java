package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.relacta.plan.NightWindow;
import app.relacta.plan.ScheduleRules;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day totals a parent's sessions should have, counted the plain way: every session
 * read, sorted, grouped; no incremental step, nothing shared with the code it checks.
 */
final class DayRecount {

	private DayRecount() {
	}

	/** Every day's figures counted from all the sessions at once. */
	static List<DayTotal> of(JdbcClient jdbc, long parentId, NightWindow night) {
		List<Row> rows = new ArrayList<>(jdbc
			.sql("select started_at, time_zone, local_date, total_ml, drops_only, power_pump from logged_session"
					+ " where parent_id = ?")
			.param(parentId)
			.query((rs, n) -> new Row(rs.getObject(1, OffsetDateTime.class).toInstant(), ZoneId.of(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getBoolean(5), rs.getBoolean(6)))
			.list());
		rows.sort(Comparator.comparing(Row::start));
		Map<LocalDate, List<Row>> byDay = new TreeMap<>();
		Map<LocalDate, Long> gaps = new TreeMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			byDay.computeIfAbsent(row.date(), (d) -> new ArrayList<>()).add(row);
			long gap = (i == 0) ? 0 : Duration.between(rows.get(i - 1).start(), row.start()).toMinutes();
			gaps.merge(row.date(), gap, Math::max);
		}
		List<DayTotal> days = new ArrayList<>();
		byDay.forEach((date, day) -> {
			List<BigDecimal> measured = day.stream().map(Row::ml).filter((ml) -> ml != null).toList();
			days.add(new DayTotal(date, day.size(),
					(int) day.stream().filter((r) -> r.ml() == null && !r.dropsOnly()).count(),
					(int) day.stream().filter(Row::dropsOnly).count(),
					(int) day.stream().filter(Row::powerPump).count(),
					measured.isEmpty() ? null : measured.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
					measured.stream().max(BigDecimal::compareTo).orElse(null), day.get(0).start(),
					day.get(day.size() - 1).start(), gaps.get(date),
					(int) day.stream().filter((r) -> night.contains(r.localTime())).count(),
					(int) day.stream()
						.filter((r) -> !r.localTime().isBefore(ScheduleRules.PROLACTIN_FROM)
								&& r.localTime().isBefore(ScheduleRules.PROLACTIN_TO))
						.count()));
		});
		return days;
	}

	private record Row(Instant start, ZoneId zone, LocalDate date, BigDecimal ml, boolean dropsOnly,
			boolean powerPump) {

		LocalTime localTime() {
			return LocalTime.ofInstant(this.start, this.zone);
		}

	}

}
