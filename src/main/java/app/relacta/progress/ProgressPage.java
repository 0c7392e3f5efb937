package app.relacta.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The progress page: the chosen range, the table (newest day first), the milestones and
 * what the chart needs.
 *
 * @param goalMl the daily goal drawn on the chart, or null for none
 */
public record ProgressPage(String range, LocalDate from, LocalDate to, VolumeUnit unit, List<ProgressDay> days,
		List<Milestone> milestones, @Nullable BigDecimal goalMl, boolean empty) {

	/** The ranges a parent can pick. */
	public static final List<String> RANGES = List.of("14", "30", "90", "all");

}
