package app.relacta.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the plan reads what the baby was actually given (R12's record), kept by the baby
 * checks: the plan names what it needs, the baby feature provides it, and neither package
 * reaches back into the other.
 */
public interface SupplementHistory {

	/**
	 * Every day a supplement was noted, up to {@code to}, oldest first.
	 */
	List<BabyCheck> supplementGiven(long parentId, LocalDate to);

}
