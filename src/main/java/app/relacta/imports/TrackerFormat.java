package app.relacta.imports;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file Relacta reads, told apart by their header's columns (compared without
 * case or surrounding spaces).
 */
public enum TrackerFormat {

	/** Relacta's own journal export. */
	RELACTA,
	/** Baby Buddy's pumping export: start, end and amount. */
	BABY_BUDDY_PUMPING,
	/** Baby Buddy's older pumping export: a time and an amount. */
	BABY_BUDDY_PUMPING_TIME,
	/** Baby Buddy's feedings: type, method, start, end, amount. */
	BABY_BUDDY_FEEDING,
	/** Baby Buddy's diaper changes: a time, wet or not. */
	BABY_BUDDY_DIAPERS,
	/** Baby Buddy's weights: a date and a weight. */
	BABY_BUDDY_WEIGHT,
	/** Huckleberry's export: one row per event, with its type. */
	HUCKLEBERRY;

	/**
	 * The format whose columns these are, or null for none known.
	 */
	static @Nullable TrackerFormat of(Set<String> columns) {
		if (columns.containsAll(Set.of("started_at", "duration_minutes", "method", "time_zone"))) {
			return RELACTA;
		}
		if (columns.containsAll(Set.of("type", "start", "end", "duration", "end condition"))) {
			return HUCKLEBERRY;
		}
		if (columns.containsAll(Set.of("type", "method", "start"))) {
			return BABY_BUDDY_FEEDING;
		}
		if (columns.containsAll(Set.of("wet", "time"))) {
			return BABY_BUDDY_DIAPERS;
		}
		if (columns.containsAll(Set.of("weight", "date"))) {
			return BABY_BUDDY_WEIGHT;
		}
		if (columns.containsAll(Set.of("amount", "start"))) {
			return BABY_BUDDY_PUMPING;
		}
		if (columns.containsAll(Set.of("amount", "time"))) {
			return BABY_BUDDY_PUMPING_TIME;
		}
		return null;
	}

}
