package app.relacta.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import app.relacta.plan.ScheduleRules;

/**
 * A running timer as the Today page shows it; for power pumping, the step of the pattern
 * (pump 20, rest 10, pump 10, rest 10, pump 10) the parent is in.
 *
 * @param step the current step (0 to 4), or 5 when the hour is done
 * @param secondsLeftInStep seconds left in the current step
 */
public record TimerView(LocalDateTime startedAt, long elapsedSeconds, boolean powerPump, List<Step> steps, int step,
		long secondsLeftInStep) {

	/** One step of the power-pumping pattern. */
	public record Step(boolean pump, int minutes) {

	}

	static TimerView of(Instant startedAt, boolean powerPump, Instant now, ZoneId zone) {
		long elapsed = Math.max(0, Duration.between(startedAt, now).toSeconds());
		List<Step> steps = new ArrayList<>();
		List<Integer> pattern = ScheduleRules.POWER_PUMP_MINUTES;
		for (int i = 0; i < pattern.size(); i++) {
			steps.add(new Step(i % 2 == 0, pattern.get(i)));
		}
		int step = 0;
		long stepEnd = 0;
		for (; step < steps.size(); step++) {
			stepEnd += steps.get(step).minutes() * 60L;
			if (elapsed < stepEnd) {
				break;
			}
		}
		long left = (step < steps.size()) ? stepEnd - elapsed : 0;
		return new TimerView(LocalDateTime.ofInstant(startedAt, zone), elapsed, powerPump, List.copyOf(steps), step,
				left);
	}

	public long elapsedMinutes() {
		return this.elapsedSeconds / 60;
	}

	/** Whether the whole power-pumping hour is done. */
	public boolean finished() {
		return this.powerPump && this.step >= this.steps.size();
	}

	public boolean pumpingNow() {
		return this.step < this.steps.size() && this.steps.get(this.step).pump();
	}

	public long minutesLeftInStep() {
		return (this.secondsLeftInStep + 59) / 60;
	}

}
