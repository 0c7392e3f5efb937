package app.relacta.plan;

/**
 * A parent's plan settings were saved, by the parent or their consultant: what is due
 * next may have moved. Published inside the change's transaction, with the settings now
 * in force.
 */
public record PlanChanged(long parentId, PlanSettings settings) {
}
