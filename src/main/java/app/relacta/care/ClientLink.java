package app.relacta.care;

import java.time.Instant;

/**
 * A parent who shares their data with a consultant now.
 */
public record ClientLink(long parentId, String displayName, Instant sharedSince) {

}
