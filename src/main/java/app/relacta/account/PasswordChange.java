package app.relacta.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A password change: the current password, to prove it is the owner, and the new one.
 */
public record PasswordChange(@NotBlank @Nullable String currentPassword,
		@NotBlank @Size(min = 10, max = 128) @Nullable String newPassword) {

	static PasswordChange empty() {
		return new PasswordChange("", "");
	}

}
