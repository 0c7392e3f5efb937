package app.relacta.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the guidance (shared/GUIDANCE.md) and a parent's settings into a day's plan by
 * composing the rule parts: {@link ScheduleRules} (when), {@link ChecklistRules} (what),
 * {@link ExpectationRules} (what to expect), {@link BabyRules} and
 * {@link SupplementTaper} (the baby first); {@link ReviewRules} reviews a day. Pure Java:
 * no Spring, no database; "now" and the sessions are passed in, so every rule can be
 * tested from a table.
 */
public final class PlanEngine {

	private PlanEngine() {
	}

	/**
	 * The day's plan: suggested times (ticked where a logged session matches), the
	 * checklist, what to expect, the supplement and the red flags.
	 * @param sessions the parent's sessions around {@code date} (any order)
	 * @param checks the baby checks of the last three weeks or so
	 * @param supplementGiven the days a supplement was noted, as far back as kept (R12)
	 * @param recentDays the days before {@code date}, for expectations such as a plateau
	 * @param moments the skin-to-skin time and feeds at the breast logged on {@code date}
	 */
	public static DailyPlan plan(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<BabyCheck> checks, List<BabyCheck> supplementGiven, List<DayVolume> recentDays, MomentCounts moments,
			Instant now) {
		PlanSettings settings = ScheduleRules.forDay(chosen, date);
		List<LocalTime> slots = ScheduleRules.slotTimes(settings);
		List<SessionFact> today = ScheduleRules.onDay(sessions, date, zone);
		List<LocalTime> powerPumpSlots = ScheduleRules.powerPumpSlots(settings, slots);
		Duration dayInterval = ScheduleRules.dayInterval(settings, slots);
		List<PlannedSession> planned = new ArrayList<>();
		List<SessionFact> unmatched = new ArrayList<>(today);
		for (LocalTime slot : slots) {
			ZonedDateTime time = ZonedDateTime.of(date, slot, zone);
			Optional<SessionFact> match = unmatched.stream()
				.filter((session) -> Duration.between(time.toInstant(), session.start())
					.abs()
					.compareTo(dayInterval.dividedBy(2)) <= 0)
				.min(Comparator.comparing((session) -> Duration.between(time.toInstant(), session.start()).abs()));
			match.ifPresent(unmatched::remove);
			planned.add(new PlannedSession(time, settings.isNight(slot), ScheduleRules.inProlactinHours(slot),
					powerPumpSlots.contains(slot), match.isPresent()));
		}
		int target = planned.size();
		BabyRules.Status baby = BabyRules.assess(settings, date, checks);
		return new DailyPlan(date, ScheduleRules.dayNumber(settings, date), target, dayInterval,
				ScheduleRules.nightInterval(settings, slots), List.copyOf(planned),
				ChecklistRules.checklist(settings, today, target, zone, powerPumpSlots, moments),
				ExpectationRules.expectations(settings, date, recentDays),
				SupplementTaper.advise(settings, date, baby, supplementGiven, recentDays), baby.flags());
	}

	/** F3: a breast note raises its text for this long. */
	public static final Duration BREAST_NOTE_SHOWN = Duration.ofHours(48);

	/** F5: pain noted on a session is answered for this long. */
	static final Duration PAIN_SHOWN = Duration.ofHours(48);

	/**
	 * A day in one voice ({@link OneVoice}): the plan with the parent's breast notes (F3)
	 * and pumping pain (F5) raised, the review of the day so far and of yesterday (when
	 * {@code reviewYesterday}), every contradiction the table names resolved.
	 * @param breastNotes the parent's breast notes of the last days (F3)
	 */
	public static DayAdvice day(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<BabyCheck> checks, List<BabyCheck> supplementGiven, List<DayVolume> recentDays, MomentCounts moments,
			List<BreastNote> breastNotes, boolean reviewYesterday, Instant now) {
		return OneVoice.resolve(everything(chosen, date, zone, sessions, checks, supplementGiven, recentDays, moments,
				breastNotes, reviewYesterday, now));
	}

	/**
	 * Everything every rule says about the day, before {@link OneVoice} (for the tests
	 * that show the table is needed).
	 */
	static DayAdvice everything(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<BabyCheck> checks, List<BabyCheck> supplementGiven, List<DayVolume> recentDays, MomentCounts moments,
			List<BreastNote> breastNotes, boolean reviewYesterday, Instant now) {
		DailyPlan plan = plan(chosen, date, zone, sessions, checks, supplementGiven, recentDays, moments, now);
		List<Advice> flags = new ArrayList<>(breastFlags(breastNotes, now));
		flags.addAll(plan.redFlags());
		List<Advice> expectations = new ArrayList<>();
		boolean pain = sessions.stream()
			.anyMatch((s) -> s.pain() && !s.start().isAfter(now) && s.start().isAfter(now.minus(PAIN_SHOWN)));
		if (pain) {
			expectations.add(Advice.of(Rule.F5, "help.pumpingPain"));
		}
		expectations.addAll(plan.expectations());
		plan = new DailyPlan(plan.date(), plan.dayNumber(), plan.targetSessions(), plan.dayInterval(),
				plan.nightInterval(), plan.sessions(), plan.checklist(), List.copyOf(expectations), plan.supplement(),
				List.copyOf(flags));
		DayReview soFar = ReviewRules.review(chosen, date, zone, sessions, recentDays, now);
		LocalDate yesterday = date.minusDays(1);
		DayReview yesterdayReview = reviewYesterday ? ReviewRules.review(chosen, yesterday, zone, sessions,
				recentDays.stream().filter((day) -> day.date().isBefore(yesterday)).toList(), now) : null;
		return new DayAdvice(plan, soFar, yesterdayReview);
	}

	/**
	 * F3: a breast note of the last two days, raised at once: urgent when any of them
	 * noted a fever.
	 */
	static List<Advice> breastFlags(List<BreastNote> notes, Instant now) {
		List<BreastNote> recent = notes.stream()
			.filter((note) -> !note.notedAt().isAfter(now) && note.notedAt().isAfter(now.minus(BREAST_NOTE_SHOWN)))
			.toList();
		if (recent.isEmpty()) {
			return List.of();
		}
		return List.of(recent.stream().anyMatch(BreastNote::fever) ? Advice.of(Rule.F3, "flag.breastFever")
				: Advice.of(Rule.F3, "flag.breast"));
	}

	/**
	 * F1 and F2: the red flags in the baby's checks of the last three weeks or so.
	 */
	public static List<Advice> redFlags(PlanSettings settings, LocalDate date, List<BabyCheck> checks) {
		return BabyRules.assess(settings, date, checks).flags();
	}

}
