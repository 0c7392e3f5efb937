package app.relacta.plan;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * What a consultant changes in a client's plan: sessions a day (R1), the night window
 * (R4, R5) and power pumps a day (R6). Values may be missing; {@link PlanService} says
 * which are needed.
 */
public record PlanAdjustment(@Nullable Integer targetSessions, @Nullable LocalTime nightStart,
		@Nullable LocalTime nightEnd, @Nullable Integer powerPumpsPerDay) {

	public static PlanAdjustment of(PlanSettings settings) {
		return new PlanAdjustment(settings.targetSessions(), settings.nightStart(), settings.nightEnd(),
				settings.powerPumpsPerDay());
	}

}
