package app.relacta.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A parent's plan settings as they choose them: volumes in their unit, values possibly
 * missing. {@link PlanService} checks them and stores them as {@link PlanSettings}.
 */
public record PlanChoices(@Nullable LactationPath path, @Nullable LocalDate lastExpressed,
		@Nullable LocalDate startDate, @Nullable LocalDate babyBirthDate, boolean babyLatches,
		@Nullable BigDecimal supplementVolume, @Nullable SupplementKind supplementKind, @Nullable Goal goal,
		@Nullable BigDecimal goalVolume, @Nullable LocalTime nightStart, @Nullable LocalTime nightEnd,
		@Nullable Integer targetSessions, boolean fastTrack, @Nullable Integer powerPumpsPerDay) {

	/**
	 * {@code settings} as chosen, volumes in {@code unit}.
	 */
	public static PlanChoices of(PlanSettings settings, VolumeUnit unit) {
		return new PlanChoices(settings.path(), settings.lastExpressed(), settings.startDate(),
				settings.babyBirthDate(), settings.babyLatches(),
				unit.fromMillilitresOrNull(settings.supplementMlPerDay()), settings.supplementKind(), settings.goal(),
				unit.fromMillilitresOrNull(settings.goalMl()), settings.nightStart(), settings.nightEnd(),
				settings.targetSessions(), settings.fastTrack(), settings.powerPumpsPerDay());
	}

}
