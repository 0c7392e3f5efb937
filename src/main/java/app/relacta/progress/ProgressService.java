package app.relacta.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.relacta.journal.DayAggregate;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionStart;
import app.relacta.plan.PlanEngine;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day-by-day figures of a parent: totals summed by the database in one grouped query,
 * gaps and night sessions from a light projection of start times; three queries whatever
 * the range.
 */
@Service
public class ProgressService {

	/** The longest range one request may ask for. */
	static final long MAX_DAYS = 3 * 366;

	private final JournalService journal;

	private final PlanService plans;

	ProgressService(JournalService journal, PlanService plans) {
		this.journal = journal;
		this.plans = plans;
	}

	/**
	 * Every local day from {@code from} to {@code to}, days without sessions included.
	 * @throws IllegalArgumentException if {@code from} is after {@code to} or the range
	 * is longer than {@value #MAX_DAYS} days
	 */
	@Transactional(readOnly = true)
	public List<DailyProgress> daily(long parentId, LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A range of 1 to " + MAX_DAYS + " days is needed");
		}
		PlanSettings settings = this.plans.current(parentId);
		Map<LocalDate, DayAggregate> totals = new HashMap<>();
		this.journal.dayAggregates(parentId, from, to).forEach((day) -> totals.put(day.date(), day));
		Map<LocalDate, Long> longestGap = new HashMap<>();
		Set<LocalDate> nights = new HashSet<>();
		SessionStart previous = null;
		// The day before too: its last session opens the first day's first gap.
		for (SessionStart start : this.journal.sessionStarts(parentId, from.minusDays(1), to)) {
			if (previous != null && !start.localDate().isBefore(from)) {
				long gap = Duration.between(previous.start(), start.start()).toMinutes();
				longestGap.merge(start.localDate(), gap, Math::max);
			}
			if (settings.isNight(start.localTime())) {
				nights.add(start.localDate());
			}
			previous = start;
		}
		List<DailyProgress> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			DayAggregate day = totals.get(date);
			BigDecimal total = (day != null && day.totalMl() != null) ? day.totalMl() : BigDecimal.ZERO;
			result.add(new DailyProgress(date, PlanEngine.dayNumber(settings, date), (day != null) ? day.sessions() : 0,
					total.doubleValue(), (day != null) ? day.dropsOnlySessions() : 0,
					(day != null) ? day.powerPumps() : 0, longestGap.getOrDefault(date, 0L), nights.contains(date)));
		}
		return result;
	}

}
