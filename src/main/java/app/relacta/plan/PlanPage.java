package app.relacta.plan;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the plan page shows: the settings in force, whether the parent set them, the
 * latest changes, the day's suggested times and the supplement taper (R12).
 */
public record PlanPage(PlanSettings settings, boolean setUp, List<PlanChange> history, List<LocalTime> slots,
		SupplementTaper.@Nullable Timeline taper, VolumeUnit unit) {

	/** The page's model, by the names the template uses. */
	public Map<String, Object> attributes() {
		Map<String, Object> attributes = new HashMap<>(Map.of("settings", this.settings, "setUp", this.setUp, "history",
				this.history, "slots", this.slots, "rules", Rule.values(), "unit", this.unit));
		if (this.taper != null) {
			attributes.put("taper", this.taper);
		}
		return attributes;
	}

}
