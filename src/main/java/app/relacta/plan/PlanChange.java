package app.relacta.plan;

import java.time.LocalDateTime;

/**
 * When the plan settings were changed, and whether by the parent themself.
 */
public record PlanChange(LocalDateTime at, boolean byParent) {

}
