package app.relacta.today;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyService;
import app.relacta.care.CommentCount;
import app.relacta.care.CommentService;
import app.relacta.care.NoteService;
import app.relacta.care.NoteView;
import app.relacta.journal.JournalService;
import app.relacta.journal.MomentKind;
import app.relacta.journal.MomentService;
import app.relacta.journal.MomentView;
import app.relacta.plan.DailyPlan;
import app.relacta.plan.DayAdvice;
import app.relacta.plan.DayReview;
import app.relacta.plan.DayVolume;
import app.relacta.plan.MomentCounts;
import app.relacta.plan.NextSession;
import app.relacta.plan.PlanEngine;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import app.relacta.plan.ScheduleRules;
import app.relacta.plan.SessionFact;
import app.relacta.wellbeing.MedicationView;
import app.relacta.wellbeing.WellbeingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the Today page together: reads the settings, the last days of the journal and the
 * baby's checks (a fixed handful of queries), and asks the plan engine.
 */
@Service
public class TodayService {

	/** How many days of totals the engine sees. */
	private static final int HISTORY_DAYS = 14;

	/**
	 * How many days of baby checks the engine sees: enough for a birth weight against the
	 * weight at two weeks (R14).
	 */
	private static final int CHECK_DAYS = 21;

	/** How far back the breast notes are read: more than F3 shows. */
	private static final Duration BREAST_NOTES_READ = Duration.ofDays(3);

	private final AccountService accounts;

	private final PlanService plans;

	private final JournalService journal;

	private final BabyService baby;

	private final SessionTimerRepository timers;

	private final MomentService moments;

	private final WellbeingService wellbeing;

	private final NoteService notes;

	private final CommentService comments;

	private final Clock clock;

	TodayService(AccountService accounts, PlanService plans, JournalService journal, BabyService baby,
			SessionTimerRepository timers, MomentService moments, WellbeingService wellbeing, NoteService notes,
			CommentService comments, Clock clock) {
		this.notes = notes;
		this.comments = comments;
		this.accounts = accounts;
		this.plans = plans;
		this.journal = journal;
		this.baby = baby;
		this.timers = timers;
		this.moments = moments;
		this.wellbeing = wellbeing;
		this.clock = clock;
	}

	/**
	 * The Today page of a parent, as they see it, or as their consultant does
	 * ({@code forConsultant}: the mood only where the parent shared it).
	 */
	@Transactional(readOnly = true)
	public TodayView today(long parentId, boolean forConsultant) {
		Account parent = this.accounts.get(parentId);
		ZoneId zone = parent.getZone();
		VolumeUnit unit = parent.getUnit();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		PlanService.InForce plan = this.plans.inForce(parent);
		PlanSettings settings = plan.settings();
		List<SessionFact> sessions = this.journal.sessionsBetween(parentId,
				today.minusDays(2).atStartOfDay(zone).toInstant(), now.plus(Duration.ofDays(1)));
		List<DayVolume> days = this.journal.dayTotals(parentId, today.minusDays(HISTORY_DAYS), today);
		List<DayVolume> before = days.stream().filter((day) -> day.date().isBefore(today)).toList();
		BabyService.BabyRecord checks = this.baby.record(parentId, today.minusDays(CHECK_DAYS), today);

		List<MomentView> momentsToday = this.moments.byDay(parentId, today, today).getOrDefault(today, List.of());
		MomentCounts moments = new MomentCounts(count(momentsToday, MomentKind.SKIN_TO_SKIN),
				count(momentsToday, MomentKind.AT_BREAST));

		LocalDate yesterday = today.minusDays(1);
		boolean hadYesterday = !yesterday.isBefore(settings.startDate())
				|| days.stream().anyMatch((day) -> day.date().equals(yesterday));
		DayAdvice advice = PlanEngine.day(settings, today, zone, sessions, checks.recent(), checks.supplementGiven(),
				before, moments, this.wellbeing.breastNotes(parentId, BREAST_NOTES_READ), hadYesterday, now);
		DailyPlan daily = advice.plan();
		DayReview soFar = advice.soFar();
		DayReview yesterdayReview = advice.yesterday();
		var next = ScheduleRules.nextSession(settings, zone, sessions, now);
		var last24 = ScheduleRules.last24Hours(zone, sessions, now);
		TimerView timer = this.timers.findById(parentId)
			.map((t) -> TimerView.of(t.getStartedAt(), t.isPowerPump(), now, zone))
			.orElse(null);
		List<MedicationView> medications = this.wellbeing.medications(parentId)
			.stream()
			.filter((medication) -> medication.takenOn(today))
			.toList();
		return new TodayView(parent.getDisplayName(), today, unit, parent.getWeightUnit(), plan.setUp(),
				forConsultant ? null : plan.recentChangeByOther(), daily, soFar, yesterdayReview, next, last24, timer,
				unit.formatOrNull(soFar.totalMl()),
				(yesterdayReview != null) ? unit.formatOrNull(yesterdayReview.totalMl()) : null,
				unit.format(last24.totalMl()),
				(soFar.longestDayGap().compareTo(soFar.longestNightGap()) >= 0) ? soFar.longestDayGap()
						: soFar.longestNightGap(),
				last24.longestGap(), moments, settings.babyLatches() || moments.atBreast() > 0,
				this.wellbeing.moodToday(parentId, forConsultant), medications,
				settings.isNight(now.atZone(zone).toLocalTime()), this.journal.quickLog(parentId));
	}

	/**
	 * A parent's own Today, in one transaction: the page, their consultants' open notes
	 * and how many comments they left in the journal this week.
	 */
	@Transactional(readOnly = true)
	public ParentToday parentToday(long parentId) {
		return new ParentToday(today(parentId, false), this.notes.openNotes(parentId),
				this.comments.recentFromConsultants(parentId));
	}

	/**
	 * When the parent's next session is due by the plan, from the sessions of the last 24
	 * hours: what Today shows, and when a reminder goes.
	 */
	@Transactional(readOnly = true)
	public NextSession next(long parentId) {
		Account parent = this.accounts.get(parentId);
		Instant now = this.clock.instant();
		List<SessionFact> sessions = this.journal.sessionsBetween(parentId, now.minus(Duration.ofHours(25)),
				now.plus(Duration.ofMinutes(1)));
		return ScheduleRules.nextSession(this.plans.inForce(parent).settings(), parent.getZone(), sessions, now);
	}

	/** What a parent's own Today shows. */
	public record ParentToday(TodayView today, List<NoteView> notes, List<CommentCount> commentCounts) {

	}

	private static long count(List<MomentView> moments, MomentKind kind) {
		return moments.stream().filter((moment) -> moment.kind() == kind).count();
	}

	/**
	 * Starts a timer now (replacing one left running).
	 */
	@Transactional
	public void startTimer(long parentId, boolean powerPump) {
		this.timers.deleteById(parentId);
		this.timers.flush();
		this.timers.save(new SessionTimer(parentId, this.clock.instant(), powerPump));
	}

	/**
	 * Stops the timer and tells what to put in the log form: the start in the parent's
	 * local time, the minutes (at least 1, at most the form's maximum) and whether it was
	 * power pumping. Empty when no timer was running.
	 */
	@Transactional
	public Optional<StoppedTimer> stopTimer(long parentId) {
		Optional<SessionTimer> timer = this.timers.findById(parentId);
		timer.ifPresent(this.timers::delete);
		ZoneId zone = this.accounts.get(parentId).getZone();
		return timer.map((t) -> {
			long minutes = Duration.between(t.getStartedAt(), this.clock.instant()).toMinutes();
			int duration = (int) Math.max(1, Math.min(180, minutes));
			LocalDateTime start = LocalDateTime.ofInstant(t.getStartedAt(), zone).truncatedTo(ChronoUnit.MINUTES);
			return new StoppedTimer(start, duration, t.isPowerPump());
		});
	}

	@Transactional
	public void cancelTimer(long parentId) {
		this.timers.findById(parentId).ifPresent(this.timers::delete);
	}

	/** What a stopped timer fills into the log form. */
	public record StoppedTimer(LocalDateTime start, int durationMinutes, boolean powerPump) {

	}

}
