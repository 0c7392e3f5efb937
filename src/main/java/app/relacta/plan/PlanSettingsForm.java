package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan settings as typed: volumes in the parent's unit. A JavaBean, so that one
 * mistyped value leaves the rest bound and checked.
 */
public class PlanSettingsForm {

	@NotNull
	private @Nullable LactationPath path = LactationPath.RELACTATION;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastExpressed;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate babyBirthDate;

	private boolean babyLatches;

	@DecimalMin("0")
	private @Nullable BigDecimal supplementVolume;

	@NotNull
	private @Nullable SupplementKind supplementKind = SupplementKind.NONE;

	@NotNull
	private @Nullable Goal goal = Goal.FULL_SUPPLY;

	@DecimalMin("0")
	private @Nullable BigDecimal goalVolume;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime nightStart = PlanSettings.DEFAULT_NIGHT_START;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime nightEnd = PlanSettings.DEFAULT_NIGHT_END;

	@NotNull
	@Min(PlanSettings.MAINTENANCE_MIN_SESSIONS)
	@Max(PlanSettings.MAX_SESSIONS)
	private @Nullable Integer targetSessions = PlanSettings.DEFAULT_SESSIONS;

	private boolean fastTrack;

	@NotNull
	@Min(0)
	@Max(ScheduleRules.MAX_POWER_PUMPS)
	private @Nullable Integer powerPumpsPerDay = 1;

	static PlanSettingsForm of(PlanChoices choices) {
		PlanSettingsForm form = new PlanSettingsForm();
		form.path = choices.path();
		form.lastExpressed = choices.lastExpressed();
		form.startDate = choices.startDate();
		form.babyBirthDate = choices.babyBirthDate();
		form.babyLatches = choices.babyLatches();
		form.supplementVolume = choices.supplementVolume();
		form.supplementKind = choices.supplementKind();
		form.goal = choices.goal();
		form.goalVolume = choices.goalVolume();
		form.nightStart = choices.nightStart();
		form.nightEnd = choices.nightEnd();
		form.targetSessions = choices.targetSessions();
		form.fastTrack = choices.fastTrack();
		form.powerPumpsPerDay = choices.powerPumpsPerDay();
		return form;
	}

	PlanChoices choices() {
		return new PlanChoices(this.path, this.lastExpressed, this.startDate, this.babyBirthDate, this.babyLatches,
				this.supplementVolume, this.supplementKind, this.goal, this.goalVolume, this.nightStart, this.nightEnd,
				this.targetSessions, this.fastTrack, this.powerPumpsPerDay);
	}

	public @Nullable LactationPath getPath() {
		return this.path;
	}

	public void setPath(@Nullable LactationPath path) {
		this.path = path;
	}

	public @Nullable LocalDate getLastExpressed() {
		return this.lastExpressed;
	}

	public void setLastExpressed(@Nullable LocalDate lastExpressed) {
		this.lastExpressed = lastExpressed;
	}

	public @Nullable LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(@Nullable LocalDate startDate) {
		this.startDate = startDate;
	}

	public @Nullable LocalDate getBabyBirthDate() {
		return this.babyBirthDate;
	}

	public void setBabyBirthDate(@Nullable LocalDate babyBirthDate) {
		this.babyBirthDate = babyBirthDate;
	}

	public boolean isBabyLatches() {
		return this.babyLatches;
	}

	public void setBabyLatches(boolean babyLatches) {
		this.babyLatches = babyLatches;
	}

	public @Nullable BigDecimal getSupplementVolume() {
		return this.supplementVolume;
	}

	public void setSupplementVolume(@Nullable BigDecimal supplementVolume) {
		this.supplementVolume = supplementVolume;
	}

	public @Nullable SupplementKind getSupplementKind() {
		return this.supplementKind;
	}

	public void setSupplementKind(@Nullable SupplementKind supplementKind) {
		this.supplementKind = supplementKind;
	}

	public @Nullable Goal getGoal() {
		return this.goal;
	}

	public void setGoal(@Nullable Goal goal) {
		this.goal = goal;
	}

	public @Nullable BigDecimal getGoalVolume() {
		return this.goalVolume;
	}

	public void setGoalVolume(@Nullable BigDecimal goalVolume) {
		this.goalVolume = goalVolume;
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

	public @Nullable Integer getTargetSessions() {
		return this.targetSessions;
	}

	public void setTargetSessions(@Nullable Integer targetSessions) {
		this.targetSessions = targetSessions;
	}

	public boolean isFastTrack() {
		return this.fastTrack;
	}

	public void setFastTrack(boolean fastTrack) {
		this.fastTrack = fastTrack;
	}

	public @Nullable Integer getPowerPumpsPerDay() {
		return this.powerPumpsPerDay;
	}

	public void setPowerPumpsPerDay(@Nullable Integer powerPumpsPerDay) {
		this.powerPumpsPerDay = powerPumpsPerDay;
	}

}
