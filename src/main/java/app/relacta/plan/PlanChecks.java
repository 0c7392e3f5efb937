package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What plan settings and a consultant's adjustment must meet before they are stored: the
 * guidance's ranges (R1, R4, R5, R6, R15), dates that have happened, plausible volumes.
 * Pure Java: "today" passed in.
 */
final class PlanChecks {

	/** The largest daily volume accepted for a goal or a supplement. */
	static final BigDecimal MAX_DAILY_ML = new BigDecimal("1500");

	private static final Duration SHORTEST_NIGHT = Duration.ofHours(4);

	private static final Duration LONGEST_NIGHT = Duration.ofHours(12);

	private PlanChecks() {
	}

	static List<Rejection> settings(PlanChoices choices, LocalDate today, VolumeUnit unit) {
		return settings(choices, today, unit, false);
	}

	/**
	 * @param maintenanceOpen whether 6 or 7 sessions a day may be chosen (R15: the goal
	 * or a plateau reached, or the maintenance rhythm already chosen)
	 */
	static List<Rejection> settings(PlanChoices choices, LocalDate today, VolumeUnit unit, boolean maintenanceOpen) {
		Rejections rejections = new Rejections();
		rejections.required("path", choices.path())
			.required("startDate", choices.startDate())
			.required("supplementKind", choices.supplementKind())
			.required("goal", choices.goal());
		notAfter(rejections, "lastExpressed", choices.lastExpressed(), today);
		notAfter(rejections, "babyBirthDate", choices.babyBirthDate(), today);
		LocalDate birth = choices.babyBirthDate();
		if (birth != null && birth.isBefore(today.minusYears(4))) {
			rejections.reject("babyBirthDate", "plan.birthTooLongAgo");
		}
		LocalDate start = choices.startDate();
		if (start != null && (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusDays(90)))) {
			rejections.reject("startDate", "plan.startOutOfRange");
		}
		schedule(rejections, choices.targetSessions(), choices.nightStart(), choices.nightEnd(),
				choices.powerPumpsPerDay(), maintenanceOpen);
		volume(rejections, "supplementVolume", unit.toMillilitresOrNull(choices.supplementVolume()), unit);
		if (choices.goal() == Goal.DAILY_VOLUME) {
			BigDecimal goal = unit.toMillilitresOrNull(choices.goalVolume());
			if (goal == null) {
				rejections.reject("goalVolume", "plan.goalVolumeMissing");
			}
			volume(rejections, "goalVolume", goal, unit);
		}
		return rejections.list();
	}

	static List<Rejection> adjustment(PlanAdjustment adjustment) {
		return adjustment(adjustment, false);
	}

	static List<Rejection> adjustment(PlanAdjustment adjustment, boolean maintenanceOpen) {
		Rejections rejections = new Rejections();
		schedule(rejections, adjustment.targetSessions(), adjustment.nightStart(), adjustment.nightEnd(),
				adjustment.powerPumpsPerDay(), maintenanceOpen);
		return rejections.list();
	}

	private static void schedule(Rejections rejections, @Nullable Integer sessions, @Nullable LocalTime nightStart,
			@Nullable LocalTime nightEnd, @Nullable Integer powerPumps, boolean maintenanceOpen) {
		rejections.required("targetSessions", sessions)
			.within("targetSessions", sessions, PlanSettings.MAINTENANCE_MIN_SESSIONS, PlanSettings.MAX_SESSIONS);
		if (sessions != null && sessions >= PlanSettings.MAINTENANCE_MIN_SESSIONS
				&& sessions < PlanSettings.MIN_SESSIONS && !maintenanceOpen) {
			// R15: 6 or 7 a day is offered once the goal or a plateau is reached.
			rejections.reject("targetSessions", "plan.maintenanceNotOpen", PlanSettings.MIN_SESSIONS);
		}
		rejections.required("nightStart", nightStart)
			.required("nightEnd", nightEnd)
			.required("powerPumpsPerDay", powerPumps)
			.within("powerPumpsPerDay", powerPumps, 0, ScheduleRules.MAX_POWER_PUMPS);
		if (nightStart != null && nightEnd != null) {
			long minutes = Duration.between(nightStart, nightEnd).toMinutes();
			Duration night = Duration.ofMinutes((minutes <= 0) ? minutes + 24 * 60 : minutes);
			if (night.compareTo(SHORTEST_NIGHT) < 0 || night.compareTo(LONGEST_NIGHT) > 0) {
				rejections.reject("nightEnd", "plan.nightLength");
			}
		}
	}

	private static void notAfter(Rejections rejections, String field, @Nullable LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			rejections.reject(field, "plan.dateInFuture");
		}
	}

	private static void volume(Rejections rejections, String field, @Nullable BigDecimal ml, VolumeUnit unit) {
		if (ml != null && ml.signum() < 0) {
			rejections.reject(field, "DecimalMin");
		}
		else if (ml != null && ml.compareTo(MAX_DAILY_ML) > 0) {
			rejections.reject(field, "plan.volumeTooLarge", unit.format(MAX_DAILY_ML),
					new DefaultMessageSourceResolvable("unit." + unit.name()));
		}
	}

}
