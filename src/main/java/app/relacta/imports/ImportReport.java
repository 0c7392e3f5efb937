package app.relacta.imports;

import java.time.LocalDate;
import java.util.List;

import app.relacta.system.RowRefusal;
import org.jspecify.annotations.Nullable;

/**
 * What an import adds (or, in a preview, would add): the kind of file, sessions and baby
 * days, the span of days they cover, the rows left out with why, and the rows of kinds
 * Relacta does not keep.
 */
public record ImportReport(TrackerFormat kind, boolean saved, int sessions, int babyDays, @Nullable LocalDate first,
		@Nullable LocalDate last, List<RowRefusal> skipped, int otherKinds) {

	/** The most skipped rows a report lists (it says how many there are in all). */
	public static final int SKIPPED_LISTED = 100;

	public List<RowRefusal> skippedListed() {
		return this.skipped.subList(0, Math.min(this.skipped.size(), SKIPPED_LISTED));
	}

	public boolean nothingToAdd() {
		return this.sessions == 0 && this.babyDays == 0;
	}

}
