package app.relacta.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.DayTotal;
import app.relacta.journal.JournalService;
import app.relacta.plan.DayVolume;
import app.relacta.plan.ExpectationRules;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import app.relacta.plan.ScheduleRules;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day-by-day figures of a parent: totals summed by the database in one grouped query,
 * gaps and night sessions from a light projection of start times; three queries whatever
 * the range.
 */
@Service
public class ProgressService {

	/** The moving average covers a week. */
	static final int AVERAGE_DAYS = 7;

	/** The longest range one request may ask for. */
	public static final long MAX_DAYS = 3 * 366;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/** The days a plateau is judged on, as the Today page sees them. */
	private static final int PLATEAU_WINDOW = 14;

	private final JournalService journal;

	private final PlanService plans;

	private final AccountService accounts;

	private final Clock clock;

	ProgressService(JournalService journal, PlanService plans, AccountService accounts, Clock clock) {
		this.journal = journal;
		this.plans = plans;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The progress page for a range of the last 14, 30 or 90 days, or all of the journal.
	 */
	@Transactional(readOnly = true)
	public ProgressPage page(long parentId, String range) {
		Account parent = this.accounts.get(parentId);
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		String chosen = ProgressPage.RANGES.contains(range) ? range : "14";
		Optional<LocalDate> firstDay = this.journal.firstDay(parentId);
		LocalDate from = chosen.equals("all") ? firstDay.orElse(today) : today.minusDays(Long.parseLong(chosen) - 1);
		if (ChronoUnit.DAYS.between(from, today) + 1 > MAX_DAYS) {
			from = today.minusDays(MAX_DAYS - 1);
		}
		return page(parent, chosen, from, today, firstDay);
	}

	/**
	 * The progress of the local days from {@code from} to {@code to} (at most
	 * {@value #MAX_DAYS}), with the milestones that fell in them: for a report.
	 */
	@Transactional(readOnly = true)
	public ProgressPage between(long parentId, LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A range of 1 to " + MAX_DAYS + " days is needed");
		}
		ProgressPage page = page(this.accounts.get(parentId), "report", from, to, this.journal.firstDay(parentId));
		return new ProgressPage(page.range(), from, to, page.unit(), page.days(),
				page.milestones()
					.stream()
					.filter((milestone) -> !milestone.date().isBefore(from) && !milestone.date().isAfter(to))
					.toList(),
				page.goalMl(), page.empty());
	}

	private ProgressPage page(Account parent, String range, LocalDate from, LocalDate to,
			Optional<LocalDate> firstDay) {
		long parentId = parent.getId();
		VolumeUnit unit = parent.getUnit();
		PlanSettings settings = this.plans.current(parent);
		List<DailyProgress> figures = daily(settings, parentId, from, to,
				LocalDate.now(this.clock.withZone(parent.getZone())));
		Map<LocalDate, String> notes = this.journal.firstNotes(parentId, from, to);
		List<ProgressDay> days = new ArrayList<>();
		for (int i = figures.size() - 1; i >= 0; i--) {
			DailyProgress day = figures.get(i);
			if (day.day() < 1 && day.sessions() == 0) {
				// Before the plan started and nothing logged: nothing to show.
				continue;
			}
			days.add(new ProgressDay(day, unit.format(BigDecimal.valueOf(day.totalMl())),
					Duration.ofMinutes(day.longestGapMinutes()), notes.get(day.date())));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		BigDecimal goal = ExpectationRules.goalMl(settings, today);
		return new ProgressPage(range, from, to, unit, days,
				firstDay.isPresent() ? milestones(parentId, firstDay.get(), today, unit) : List.of(), goal,
				firstDay.isEmpty());
	}

	/**
	 * First drops, the first 10 mL session, the first 100 mL day, the best day, and a
	 * plateau, from the day totals of the whole journal (one read).
	 */
	private List<Milestone> milestones(long parentId, LocalDate firstDay, LocalDate today, VolumeUnit unit) {
		List<DayTotal> all = this.journal.days(parentId, firstDay, today);
		List<Milestone> milestones = new ArrayList<>();
		first(all, (day) -> day.dropsOnlySessions() > 0 || positive(day.totalMl()))
			.ifPresent((date) -> milestones.add(new Milestone("milestone.firstDrops", date, List.of())));
		first(all, (day) -> atLeast(day.largestMl(), BigDecimal.TEN)).ifPresent((date) -> milestones
			.add(new Milestone("milestone.first10", date, List.of(unit.format(BigDecimal.TEN), unitName(unit)))));
		first(all, (day) -> atLeast(day.totalMl(), HUNDRED)).ifPresent((date) -> milestones
			.add(new Milestone("milestone.first100", date, List.of(unit.format(HUNDRED), unitName(unit)))));
		all.stream()
			.filter((day) -> positive(day.totalMl()))
			.max(Comparator.comparing(DayTotal::totalMl))
			.ifPresent((day) -> milestones
				.add(new Milestone("milestone.best", day.date(), List.of(unit.format(day.totalMl()), unitName(unit)))));
		plateauStart(all.stream().filter((day) -> day.date().isBefore(today)).map(DayTotal::volume).toList())
			.ifPresent((date) -> milestones.add(new Milestone("milestone.plateau", date, List.of())));
		milestones.sort(Comparator.comparing(Milestone::date));
		return List.copyOf(milestones);
	}

	private static Optional<LocalDate> first(List<DayTotal> days, Predicate<DayTotal> test) {
		return days.stream().filter(test).findFirst().map(DayTotal::date);
	}

	private static boolean atLeast(@Nullable BigDecimal ml, BigDecimal least) {
		return ml != null && ml.compareTo(least) >= 0;
	}

	/**
	 * E4: the day the plateau that lasts until now began: in the earliest window of the
	 * unbroken run of plateau days ending with the newest day, the first of its four
	 * level days that reached their average (the diary: 18, 20, 18, 19 oz on days 18 to
	 * 21, a level of about 19 oz reached on day 19, as E4 says). It stays on its date as
	 * the plateau goes on.
	 */
	static Optional<LocalDate> plateauStart(List<DayVolume> days) {
		LocalDate start = null;
		for (int end = days.size(); end > 0; end--) {
			List<DayVolume> window = days.subList(Math.max(0, end - PLATEAU_WINDOW), end);
			if (!ExpectationRules.plateau(window)) {
				break;
			}
			List<DayVolume> measured = window.stream().filter((day) -> day.totalMl() != null).toList();
			List<DayVolume> level = measured.subList(measured.size() - 4, measured.size());
			BigDecimal sum = level.stream()
				.map((day) -> Objects.requireNonNull(day.totalMl()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			start = level.stream()
				.filter((day) -> Objects.requireNonNull(day.totalMl())
					.multiply(BigDecimal.valueOf(level.size()))
					.compareTo(sum) >= 0)
				.findFirst()
				.orElse(level.get(0))
				.date();
		}
		return Optional.ofNullable(start);
	}

	private static boolean positive(@Nullable BigDecimal ml) {
		return ml != null && ml.signum() > 0;
	}

	private static org.springframework.context.MessageSourceResolvable unitName(VolumeUnit unit) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable("unit." + unit.name());
	}

	/**
	 * An entity tag for the daily figures: the same for as long as no session and no plan
	 * setting changes and the day is the same, so an unchanged chart costs a 304. Bump
	 * the first part when the figures' JSON changes.
	 */
	@Transactional(readOnly = true)
	public String dailyTag(long parentId) {
		// Today's figures become a whole day at midnight, with no change to the data.
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.get(parentId).getZone()));
		return this.accounts.dataTag(parentId, "daily-1-" + today);
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
		Account parent = this.accounts.get(parentId);
		return daily(this.plans.current(parent), parentId, from, to,
				LocalDate.now(this.clock.withZone(parent.getZone())));
	}

	/**
	 * The days' figures; {@code today} is still under way, so it never counts as a whole
	 * day in an average, and is marked as not complete.
	 */
	private List<DailyProgress> daily(PlanSettings settings, long parentId, LocalDate from, LocalDate to,
			LocalDate today) {
		Map<LocalDate, DayTotal> totals = new HashMap<>();
		this.journal.days(parentId, from.minusDays(AVERAGE_DAYS), to).forEach((day) -> totals.put(day.date(), day));
		List<DailyProgress> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			DayTotal day = totals.get(date);
			BigDecimal total = (day != null && day.totalMl() != null) ? day.totalMl() : BigDecimal.ZERO;
			result.add(new DailyProgress(date, ScheduleRules.dayNumber(settings, date),
					(day != null) ? day.sessions() : 0, total.doubleValue(),
					(day != null) ? day.dropsOnlySessions() : 0, (day != null) ? day.powerPumps() : 0,
					(day != null) ? day.longestGapMinutes() : 0, day != null && day.nightSessions() > 0,
					average(totals, date.isBefore(today) ? date : today.minusDays(1)), date.isBefore(today)));
		}
		return result;
	}

	/** The average daily milk of the seven days ending with {@code date}. */
	private static double average(Map<LocalDate, DayTotal> totals, LocalDate date) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < AVERAGE_DAYS; i++) {
			DayTotal day = totals.get(date.minusDays(i));
			if (day != null && day.totalMl() != null) {
				sum = sum.add(day.totalMl());
			}
		}
		return sum.divide(BigDecimal.valueOf(AVERAGE_DAYS), 1, java.math.RoundingMode.HALF_UP).doubleValue();
	}

}
