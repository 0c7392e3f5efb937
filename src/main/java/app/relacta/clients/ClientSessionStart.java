package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When one of a client's sessions started, and its total in mL if measured.
 */
public record ClientSessionStart(long parentId, Instant start, @Nullable BigDecimal totalMl) {

}
