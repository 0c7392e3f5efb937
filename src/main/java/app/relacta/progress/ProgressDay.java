package app.relacta.progress;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A row of the day-by-day table: the day's figures, the milk in the parent's unit, the
 * gap as text and the day's first note.
 */
public record ProgressDay(DailyProgress figures, String total, Duration longestGap, @Nullable String firstNote) {

}
