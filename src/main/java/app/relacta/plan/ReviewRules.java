package app.relacta.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import app.relacta.system.Decimals;

/**
 * The review of a day: sessions against the target, the longest gaps by day and by night,
 * the 01:00-05:00 session, power pumping, hand expression, the milk against the days
 * before, and the one thing that would help most tomorrow. Pure Java, tested from tables
 * (ReviewRulesTests).
 */
public final class ReviewRules {

	/**
	 * How a day went: sessions against the target, the longest gaps by day and by night,
	 * the 01:00-05:00 session, power pumping, hand expression, the day's milk against the
	 * days before, and the one thing that would help most tomorrow.
	 * @param sessions the parent's sessions of the day and the evening before (any order)
	 * @param previousDays the days before, newest or oldest first
	 * @param now the end of the review for a day still under way
	 */
	public static DayReview review(PlanSettings chosen, LocalDate date, ZoneId zone, List<SessionFact> sessions,
			List<DayVolume> previousDays, Instant now) {
		PlanSettings settings = ScheduleRules.forDay(chosen, date);
		Instant dayStart = date.atStartOfDay(zone).toInstant();
		Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
		List<SessionFact> sorted = sessions.stream().sorted(Comparator.comparing(SessionFact::start)).toList();
		List<SessionFact> today = ScheduleRules.onDay(sorted, date, zone);
		Duration longestDay = Duration.ZERO;
		Duration longestNight = Duration.ZERO;
		Instant previous = sorted.stream()
			.map(SessionFact::start)
			.filter((start) -> start.isBefore(dayStart))
			.reduce((a, b) -> b)
			.orElse(null);
		List<Instant> points = new ArrayList<>(today.stream().map(SessionFact::start).toList());
		if (now.isBefore(dayEnd)) {
			// A day still under way: the gap since the last session counts as it stands.
			points.add(now);
		}
		for (Instant point : points) {
			if (previous != null && point.isAfter(previous)) {
				Duration gap = Duration.between(previous, point);
				Instant middle = previous.plus(gap.dividedBy(2));
				if (settings.isNight(ScheduleRules.localTime(middle, zone))) {
					longestNight = ScheduleRules.max(longestNight, gap);
				}
				else {
					longestDay = ScheduleRules.max(longestDay, gap);
				}
			}
			previous = point;
		}
		boolean nightWindow = today.stream()
			.anyMatch((s) -> settings.isNight(ScheduleRules.localTime(s.start(), zone)));
		boolean prolactin = today.stream()
			.anyMatch((s) -> ScheduleRules.inProlactinHours(ScheduleRules.localTime(s.start(), zone)));
		int powerPumps = (int) today.stream().filter(SessionFact::powerPump).count();
		int handExpression = (int) today.stream().filter(SessionFact::handExpression).count();
		BigDecimal total = today.stream()
			.map(SessionFact::totalMl)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
		List<BigDecimal> before = previousDays.stream()
			.filter((day) -> day.date().isBefore(date) && !day.date().isBefore(date.minusDays(3)))
			.map(ExpectationRules::zeroIfNull)
			.toList();
		BigDecimal previousAverage = ExpectationRules.average(before);
		int target = ScheduleRules.slotTimes(settings).size();

		List<Advice> findings = new ArrayList<>();
		findings.add(Advice.of(Rule.R1, "review.sessions", today.size(), target));
		if (!longestDay.isZero()) {
			findings.add(Advice.of(Rule.R3, longestDay.compareTo(ScheduleRules.dayGap(settings)) > 0
					? "review.dayGapLong" : "review.dayGapFine", longestDay, ScheduleRules.dayGap(settings)));
		}
		if (!longestNight.isZero()) {
			findings.add(Advice.of(Rule.R4,
					longestNight.compareTo(ScheduleRules.NIGHT_GAP) > 0 ? "review.nightGapLong" : "review.nightGapFine",
					longestNight, ScheduleRules.NIGHT_GAP));
		}
		findings.add(Advice.of(Rule.R5, prolactin ? "review.prolactinDone" : "review.prolactinMissed"));
		if (settings.powerPumpsPerDay() > 0) {
			findings.add(Advice.of(Rule.R6, powerPumps > 0 ? "review.powerPumpDone" : "review.powerPumpNone"));
		}
		if (!today.isEmpty()) {
			findings.add(Advice.of(Rule.R7, "review.handExpression", handExpression, today.size()));
		}
		if (total != null && previousAverage != null) {
			findings.add(Advice.of(Rule.E6, "review.volumeAgainstBefore", Decimals.plain(total.stripTrailingZeros()),
					previousAverage.setScale(0, RoundingMode.HALF_UP).toPlainString()));
		}
		Advice tomorrow = tomorrow(settings, today.size(), longestDay, longestNight, prolactin, powerPumps,
				handExpression);
		return new DayReview(date, today.size(), target, longestDay, longestNight, nightWindow, prolactin, powerPumps,
				handExpression, total, previousAverage, List.copyOf(findings), tomorrow);
	}

	/**
	 * The one change that would help most, in order of what the guidance weighs most:
	 * frequency, then the night, then the day's gaps, then the extras. In the maintenance
	 * rhythm (R15) nothing asks for more than the rhythm chosen.
	 */
	private static Advice tomorrow(PlanSettings settings, int sessions, Duration longestDay, Duration longestNight,
			boolean prolactin, int powerPumps, int handExpression) {
		if (settings.maintenance()) {
			if (sessions < settings.targetSessions()
					|| longestDay.compareTo(ScheduleRules.MAINTENANCE_DAY_GAP.plusHours(1)) > 0
					|| longestNight.compareTo(ScheduleRules.NIGHT_GAP_WARNING) > 0) {
				return Advice.of(Rule.R15, "tomorrow.maintenanceRhythm", settings.targetSessions());
			}
			return Advice.of(Rule.R15, "tomorrow.maintenanceKept");
		}
		if (sessions < PlanSettings.MIN_SESSIONS) {
			return Advice.of(Rule.R1, "tomorrow.moreSessions", PlanSettings.MIN_SESSIONS);
		}
		if (longestNight.compareTo(ScheduleRules.NIGHT_GAP_WARNING) > 0) {
			return Advice.of(Rule.R4, "tomorrow.shorterNight", ScheduleRules.NIGHT_GAP);
		}
		if (!prolactin) {
			return Advice.of(Rule.R5, "tomorrow.prolactin");
		}
		if (longestDay.compareTo(ScheduleRules.dayGap(settings)) > 0) {
			return Advice.of(Rule.R3, "tomorrow.shorterDay", ScheduleRules.dayGap(settings));
		}
		if (handExpression == 0) {
			return Advice.of(Rule.R7, "tomorrow.hands");
		}
		if (settings.powerPumpsPerDay() > 0 && powerPumps == 0) {
			return Advice.of(Rule.R6, "tomorrow.powerPump");
		}
		return Advice.of(Rule.E6, "tomorrow.keepGoing");
	}

	private ReviewRules() {
	}

}
