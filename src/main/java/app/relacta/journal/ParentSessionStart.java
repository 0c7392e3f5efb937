package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When one of a parent's sessions started, and its total in mL if measured.
 */
public record ParentSessionStart(long parentId, Instant start, @Nullable BigDecimal totalMl) {

}
