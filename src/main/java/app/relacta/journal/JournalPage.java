package app.relacta.journal;

import java.time.LocalDate;
import java.util.List;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A bounded window of the journal: the days from {@code from} to {@code until} that have
 * sessions, and where the older and newer windows start.
 *
 * @param olderUntil the latest day with sessions before this window, or null if none
 * @param newerUntil the last day of the next window, or null when this one ends today
 */
public record JournalPage(LocalDate from, LocalDate until, LocalDate today, VolumeUnit unit, List<JournalDay> days,
		@Nullable LocalDate olderUntil, @Nullable LocalDate newerUntil) {

	/**
	 * How many local days one page of the journal shows: a week, what a phone needs
	 * (about 80 sessions, under 40 KB); "Older days" loads the week before.
	 */
	public static final int DAYS_PER_PAGE = 7;

}
