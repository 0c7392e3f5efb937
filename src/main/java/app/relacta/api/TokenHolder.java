package app.relacta.api;

import java.time.Instant;

import app.relacta.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A token found by its secret, with the account it acts for.
 */
record TokenHolder(long tokenId, ApiAccess access, @Nullable Instant lastUsedAt, long accountId, String email,
		Role role) {

}
