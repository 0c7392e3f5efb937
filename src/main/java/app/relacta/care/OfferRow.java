package app.relacta.care;

import java.time.Instant;

/**
 * An open invitation, as the consultant it is for sees it.
 */
public record OfferRow(Long id, String parentName, Instant expiresAt) {

}
