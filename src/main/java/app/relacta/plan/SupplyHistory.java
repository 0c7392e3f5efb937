package app.relacta.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the plan reads a parent's measured days (for R15: whether the goal or a plateau
 * is reached), kept by the journal: the plan names what it needs, the journal provides
 * it, and neither package reaches back into the other.
 */
public interface SupplyHistory {

	/**
	 * The parent's day totals from {@code from} to {@code to}; days without sessions are
	 * left out.
	 */
	List<DayVolume> dayTotals(long parentId, LocalDate from, LocalDate to);

}
