package app.relacta.care;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of a parent's shares, with the consultant's name as they gave it.
 */
public record ShareRow(Long id, String consultantName, @Nullable String credential, @Nullable String practice,
		Instant grantedAt, @Nullable Instant endedAt, @Nullable Long endedBy) {

}
