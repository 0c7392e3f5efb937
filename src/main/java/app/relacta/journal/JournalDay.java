package app.relacta.journal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One local day of the journal: its sessions and its moments of closeness (R8, R9),
 * newest first, and the day's count and total.
 */
public record JournalDay(LocalDate date, long sessionCount, @Nullable String total, List<SessionView> sessions,
		List<MomentView> moments) {

}
