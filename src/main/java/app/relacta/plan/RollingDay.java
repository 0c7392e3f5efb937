package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The last 24 hours on a rolling window, so a night across midnight counts as one night.
 */
public record RollingDay(int sessions, BigDecimal totalMl, Duration longestGap, boolean prolactinSession) {

}
