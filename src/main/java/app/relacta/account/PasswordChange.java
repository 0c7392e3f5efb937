package app.relacta.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A password change: the current password, to prove it is the owner, the new one, and
 * whether the account's API tokens end too.
 */
public record PasswordChange(@NotBlank @Nullable String currentPassword,
		@NotBlank @Size(min = 10, max = 128) @Nullable String newPassword, @Nullable Boolean revokeTokens) {

	/** An empty form; ending the API tokens too is ticked. */
	static PasswordChange empty() {
		return new PasswordChange("", "", true);
	}

	/** Whether the owner asked for their API tokens to end with their other logins. */
	boolean tokensToo() {
		return Boolean.TRUE.equals(this.revokeTokens);
	}

}
