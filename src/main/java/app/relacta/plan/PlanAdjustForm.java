package app.relacta.plan;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a consultant may adjust in a client's plan, within the guidance's ranges: sessions
 * a day (R1), the night window (R4, R5) and power pumps a day (R6).
 */
public class PlanAdjustForm {

	@NotNull
	@Min(PlanSettings.MAINTENANCE_MIN_SESSIONS)
	@Max(PlanSettings.MAX_SESSIONS)
	private @Nullable Integer targetSessions;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime nightStart;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime nightEnd;

	@NotNull
	@Min(0)
	@Max(ScheduleRules.MAX_POWER_PUMPS)
	private @Nullable Integer powerPumpsPerDay;

	static PlanAdjustForm of(PlanSettings settings) {
		PlanAdjustForm form = new PlanAdjustForm();
		form.targetSessions = settings.targetSessions();
		form.nightStart = settings.nightStart();
		form.nightEnd = settings.nightEnd();
		form.powerPumpsPerDay = settings.powerPumpsPerDay();
		return form;
	}

	PlanAdjustment adjustment() {
		return new PlanAdjustment(this.targetSessions, this.nightStart, this.nightEnd, this.powerPumpsPerDay);
	}

	public @Nullable Integer getTargetSessions() {
		return this.targetSessions;
	}

	public void setTargetSessions(@Nullable Integer targetSessions) {
		this.targetSessions = targetSessions;
	}

	public @Nullable LocalTime getNightStart() {
		return this.nightStart;
	}

	public void setNightStart(@Nullable LocalTime nightStart) {
		this.nightStart = nightStart;
	}

	public @Nullable LocalTime getNightEnd() {
		return this.nightEnd;
	}

	public void setNightEnd(@Nullable LocalTime nightEnd) {
		this.nightEnd = nightEnd;
	}

	public @Nullable Integer getPowerPumpsPerDay() {
		return this.powerPumpsPerDay;
	}

	public void setPowerPumpsPerDay(@Nullable Integer powerPumpsPerDay) {
		this.powerPumpsPerDay = powerPumpsPerDay;
	}

}
