package app.relacta.plan;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What the plan page shows: the settings in force, whether the parent set them, the
 * latest changes and the day's suggested times.
 */
public record PlanPage(PlanSettings settings, boolean setUp, List<PlanChange> history, List<LocalTime> slots) {

	/** The page's model, by the names the template uses. */
	public Map<String, Object> attributes() {
		return Map.of("settings", this.settings, "setUp", this.setUp, "history", this.history, "slots", this.slots,
				"rules", Rule.values());
	}

}
