package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import app.relacta.plan.DayVolume;
import app.relacta.plan.NightWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's queries against the real schema (Flyway's), on H2 here and on PostgreSQL
 * in CI.
 */
@DataJpaTest
// Migration 10 is a bean (DayTotalsMigration), which a JPA slice does not scan: without
// it,
// Flyway would take this database (on PostgreSQL, the suite's own) past version 10
// without
// running it, and every later application on it would refuse to start.
@Import({ DayTotals.class, DayTotalsMigration.class })
class LoggedSessionRepositoryTests {

	private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

	@Autowired
	private LoggedSessionRepository sessions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DayTotals totals;

	private long parent;

	private long otherParent;

	@BeforeEach
	void parents() {
		this.parent = account("repo-a");
		this.otherParent = account("repo-b");
	}

	@Test
	void dayTotalsAreGroupedByTheParentsLocalDayAndSkipUnmeasuredSessions() {
		// 23:30 on 21 November in Auckland (UTC+13) is 10:30 UTC the same day; 00:30 on
		// the
		// 22nd is 11:30 UTC on the 21st: two local days, one UTC day.
		save(this.parent, "2026-11-21T10:30:00Z", "40");
		save(this.parent, "2026-11-21T11:30:00Z", "25.5");
		save(this.parent, "2026-11-21T14:00:00Z", null);
		save(this.parent, "2026-11-21T16:00:00Z", "10");
		save(this.otherParent, "2026-11-21T16:00:00Z", "999");

		this.totals.rebuild(this.parent, NightWindow.DEFAULT);
		this.totals.rebuild(this.otherParent, NightWindow.DEFAULT);

		List<DayTotal> days = this.totals.between(this.parent, LocalDate.parse("2026-11-01"),
				LocalDate.parse("2026-11-30"));
		assertThat(days).extracting(DayTotal::date)
			.containsExactly(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22"));
		assertThat(days).extracting(DayTotal::sessions).containsExactly(1, 3);
		assertThat(days.get(0).totalMl()).isEqualByComparingTo("40");
		assertThat(days.get(1).totalMl()).isEqualByComparingTo("35.5");
		assertThat(days.get(1).unmeasuredSessions()).isEqualTo(1);
		assertThat(days.get(1).largestMl()).isEqualByComparingTo("25.5");
		// 00:30 to 03:00 and 03:00 to 05:00 in Auckland: the first gap comes from the
		// day before.
		assertThat(days.get(1).longestGapMinutes()).isEqualTo(150);
		assertThat(days.get(0).longestGapMinutes()).isZero();
		// 00:30, 03:00 and 05:00 in the default night (22:00 to 06:00); only 03:00 from
		// 1 to 5 AM.
		assertThat(days.get(1).nightSessions()).isEqualTo(3);
		assertThat(days.get(1).prolactinSessions()).isEqualTo(1);
	}

	@Test
	void aRefreshedDayEqualsTheRebuiltOneAndAnEmptiedDayLosesItsRow() {
		save(this.parent, "2026-11-20T10:00:00Z", "5");
		LoggedSession middle = save(this.parent, "2026-11-21T10:00:00Z", "7");
		save(this.parent, "2026-11-22T10:00:00Z", "9");
		this.totals.rebuild(this.parent, NightWindow.DEFAULT);
		this.sessions.delete(middle);
		this.sessions.flush();
		this.totals.refresh(this.parent,
				List.of(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")),
				NightWindow.DEFAULT);
		List<DayTotal> refreshed = this.totals.between(this.parent, LocalDate.parse("2026-11-01"),
				LocalDate.parse("2026-11-30"));
		assertThat(refreshed).extracting(DayTotal::date)
			.containsExactly(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22"));
		assertThat(refreshed.get(1).longestGapMinutes()).isEqualTo(48 * 60);
		this.totals.rebuild(this.parent, NightWindow.DEFAULT);
		assertThat(this.totals.between(this.parent, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")))
			.isEqualTo(refreshed);
	}

	@Test
	void aDayWithNothingMeasuredHasNoTotal() {
		save(this.parent, "2026-11-21T14:00:00Z", null);
		this.totals.rebuild(this.parent, NightWindow.DEFAULT);
		List<DayVolume> days = this.totals
			.between(this.parent, LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-22"))
			.stream()
			.map(DayTotal::volume)
			.toList();
		assertThat(days).singleElement().satisfies((day) -> {
			assertThat(day.sessions()).isEqualTo(1);
			assertThat(day.totalMl()).isNull();
		});
	}

	@Test
	void overlapsAreFoundOnlyAmongTheParentsOwnSessionsAndNotWhenTouching() {
		LoggedSession existing = save(this.parent, "2026-11-21T10:00:00Z", null);
		save(this.otherParent, "2026-11-21T11:00:00Z", null);

		assertThat(overlapping(0, "2026-11-21T10:19:00Z", "2026-11-21T10:39:00Z")).containsExactly(existing.getId());
		assertThat(overlapping(0, "2026-11-21T09:50:00Z", "2026-11-21T10:01:00Z")).containsExactly(existing.getId());
		assertThat(overlapping(0, "2026-11-21T10:05:00Z", "2026-11-21T10:10:00Z")).containsExactly(existing.getId());
		assertThat(overlapping(0, "2026-11-21T10:20:00Z", "2026-11-21T10:40:00Z")).isEmpty();
		assertThat(overlapping(0, "2026-11-21T09:40:00Z", "2026-11-21T10:00:00Z")).isEmpty();
		assertThat(overlapping(0, "2026-11-21T11:05:00Z", "2026-11-21T11:10:00Z")).isEmpty();
		// An edit does not overlap with itself.
		assertThat(overlapping(existing.getId(), "2026-11-21T10:05:00Z", "2026-11-21T10:25:00Z")).isEmpty();
	}

	@Test
	void aSessionIsFoundOnlyByItsOwnParent() {
		LoggedSession session = save(this.parent, "2026-11-21T10:00:00Z", "5");
		assertThat(this.sessions.findByIdAndParentId(session.getId(), this.parent)).isPresent();
		assertThat(this.sessions.findByIdAndParentId(session.getId(), this.otherParent)).isEmpty();
	}

	@Test
	void theLatestDayBeforeAWindowLeadsToOlderPages() {
		save(this.parent, "2026-09-01T10:00:00Z", "5");
		save(this.parent, "2026-10-02T10:00:00Z", "5");
		save(this.parent, "2026-11-20T10:00:00Z", "5");
		this.totals.rebuild(this.parent, NightWindow.DEFAULT);
		assertThat(this.totals.latestDayBefore(this.parent, LocalDate.parse("2026-11-09")))
			.contains(LocalDate.parse("2026-10-02"));
		assertThat(this.totals.latestDayBefore(this.parent, LocalDate.parse("2026-09-01"))).isEmpty();
		assertThat(this.sessions.findFirstByParentIdOrderByLocalDate(this.parent))
			.hasValueSatisfying((first) -> assertThat(first.getLocalDate()).isEqualTo("2026-09-01"));
	}

	private List<Long> overlapping(long exceptId, String start, String end) {
		return this.sessions
			.findOverlapping(this.parent, exceptId, Instant.parse(start).minusSeconds(181 * 60), Instant.parse(start),
					Instant.parse(end), Limit.of(5))
			.stream()
			.map(LoggedSession::getId)
			.toList();
	}

	private LoggedSession save(long parentId, String start, String totalMl) {
		SessionData data = new SessionData(Instant.parse(start), AUCKLAND, 20, SessionMethod.DOUBLE_PUMP, null, null,
				(totalMl != null) ? new BigDecimal(totalMl) : null, false, false, false, false, null);
		return this.sessions.saveAndFlush(new LoggedSession(parentId, data, Instant.parse(start)));
	}

	private long account(String name) {
		String email = name + "-" + System.nanoTime() + "@example.com";
		this.jdbc
			.sql("insert into account (email, password_hash, display_name, time_zone, volume_unit, role, created_at, "
					+ "version) values (?, 'x', ?, 'Pacific/Auckland', 'ML', 'PARENT', ?, 0)")
			.params(email, name, java.sql.Timestamp.from(Instant.now()))
			.update();
		return this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

}
