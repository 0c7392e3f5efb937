package app.relacta.plan;

/**
 * What the parent calls success (E6): the parent decides.
 */
public enum Goal {

	FULL_SUPPLY, PARTIAL_SUPPLY, COMFORT_NURSING, DAILY_VOLUME

}
