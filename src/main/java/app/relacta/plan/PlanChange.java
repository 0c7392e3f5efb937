package app.relacta.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A change of the plan settings: when, by whom (the parent, or their consultant by name),
 * and what changed.
 *
 * @param by the name of who made the change, when it was not the parent
 * @param changes what changed, or empty for the first settings or details not listed
 */
public record PlanChange(LocalDateTime at, boolean byParent, String by, List<Field> changes) {

	/**
	 * One changed setting, with its message key and its values before and after as text.
	 */
	public record Field(String key, String before, String after) {

	}

}
