package app.relacta.wellbeing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A medicine or herb as a page shows it.
 */
public record MedicationView(long id, String name, @Nullable String amount, LocalDate startedOn,
		@Nullable LocalDate stoppedOn, @Nullable String suggestedBy) {

	/** Taken on this day: started, and not yet stopped. */
	public boolean takenOn(LocalDate date) {
		return !this.startedOn.isAfter(date) && (this.stoppedOn == null || !this.stoppedOn.isBefore(date));
	}

}
