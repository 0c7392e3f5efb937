package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

import app.relacta.baby.BabyCheckView;
import app.relacta.care.NoteView;
import app.relacta.wellbeing.MedicationView;
import org.jspecify.annotations.Nullable;

/**
 * A parent's progress over a range of days, ready to print for their consultant or
 * doctor: every figure already in the parent's units and words.
 *
 * @param chart one bar per day, oldest first
 * @param chartTop the volume the top of the chart stands for
 */
public record ProgressReport(String parentName, LocalDate from, LocalDate to, LocalDate madeOn, String unitSymbol,
		int targetSessions, List<Line> days, List<Bar> chart, String chartTop, List<Milestone> milestones,
		List<BabyCheckView> babyChecks, List<MedicationView> medications, List<NoteView> notes) {

	/** One day of the table. */
	public record Line(LocalDate date, int dayNumber, long sessions, String milk, String longestGap, boolean night,
			long powerPumps, long dropsOnly, @Nullable String note) {

	}

	/** One day of the chart: a bar this tall (in hundredths of the chart's height). */
	public record Bar(LocalDate date, int height) {

	}

}
