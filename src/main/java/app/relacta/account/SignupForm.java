package app.relacta.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a new parent types to sign up. The password is never shown back.
 */
public record SignupForm(@NotBlank @Email @Size(max = 254) @Nullable String email,
		@NotBlank @Size(min = 10, max = 128) @Nullable String password,
		@NotBlank @Size(max = 80) @Nullable String displayName, @NotBlank @Nullable String timeZone,
		@NotNull @Nullable VolumeUnit unit) {

	/**
	 * Spaces around an email or a name (a phone keyboard's autocompletion adds them) are
	 * not part of it.
	 */
	public SignupForm {
		email = (email != null) ? email.strip() : null;
		displayName = (displayName != null) ? displayName.strip() : null;
	}

	static SignupForm empty() {
		return new SignupForm("", "", "", "UTC", VolumeUnit.ML);
	}

}
