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
 * @param chart the milk of each day, drawn as the progress page draws it
 */
public record ProgressReport(String parentName, LocalDate from, LocalDate to, LocalDate madeOn, String unitSymbol,
		int targetSessions, List<Line> days, Chart chart, List<Milestone> milestones, List<BabyCheckView> babyChecks,
		List<MedicationView> medications, List<NoteView> notes) {

	/** One day of the table. */
	public record Line(LocalDate date, int dayNumber, long sessions, String milk, String longestGap, boolean night,
			long powerPumps, long dropsOnly, @Nullable String note) {

	}

	/**
	 * The chart of milk each day, heights in hundredths of the chart's: one bar a day
	 * (today, still under way, lighter and out of the average), the 7-day average of
	 * whole days as a line, and the goal as a dashed line when there is one.
	 *
	 * @param bars one bar per day, oldest first
	 * @param top the volume the top of the chart stands for, with its unit
	 * @param middle the volume half-way up
	 * @param goalHeight where the goal's line is drawn, if there is a goal within reach
	 * of the chart
	 * @param goal the goal, with its unit
	 * @param average the last whole 7-day average, with its unit
	 */
	public record Chart(List<Bar> bars, String top, String middle, @Nullable Integer goalHeight, @Nullable String goal,
			String average) {

		/** Whether a day still under way is drawn (and its lighter bar explained). */
		public boolean hasSoFar() {
			return this.bars.stream().anyMatch((bar) -> !bar.complete());
		}

	}

	/**
	 * One day of the chart: a bar this tall and the 7-day average at this height, in
	 * hundredths of the chart's height; {@code complete} is false for today.
	 */
	public record Bar(LocalDate date, int height, int averageHeight, boolean complete) {

	}

}
