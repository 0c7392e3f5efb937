package app.relacta.wellbeing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A medicine or herb as the parent notes it, in their words: never checked against a
 * dose. A name and a start are needed.
 */
public record MedicationEntry(@Nullable String name, @Nullable String amount, @Nullable LocalDate startedOn,
		@Nullable LocalDate stoppedOn, @Nullable String suggestedBy) {

	/** The longest name, amount or "suggested by" kept. */
	public static final int MAX_TEXT = 120;

}
