package app.relacta.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a new parent or consultant types to sign up. The password is never shown back. A
 * consultant may add a credential (such as IBCLC) and a practice name, shown to clients.
 */
public record SignUp(@NotBlank @Email @Size(max = 254) @Nullable String email,
		@NotBlank @Size(min = 10, max = 128) @Nullable String password,
		@NotBlank @Size(max = 80) @Nullable String displayName, @NotBlank @Nullable String timeZone,
		@NotNull @Nullable VolumeUnit unit, @NotNull @Nullable Role role, @Size(max = 80) @Nullable String credential,
		@Size(max = 120) @Nullable String practice) {

	/**
	 * Spaces around an email or a name (a phone keyboard's autocompletion adds them) are
	 * not part of it. A form without a role is a parent's.
	 */
	public SignUp {
		email = (email != null) ? email.strip() : null;
		displayName = (displayName != null) ? displayName.strip() : null;
		role = (role != null) ? role : Role.PARENT;
		credential = blankToNull(credential);
		practice = blankToNull(practice);
	}

	/**
	 * A parent's sign-up.
	 */
	public SignUp(@Nullable String email, @Nullable String password, @Nullable String displayName,
			@Nullable String timeZone, @Nullable VolumeUnit unit) {
		this(email, password, displayName, timeZone, unit, Role.PARENT, null, null);
	}

	/** The same sign-up with another role chosen. */
	SignUp as(Role chosen) {
		return new SignUp(this.email, this.password, this.displayName, this.timeZone, this.unit, chosen,
				this.credential, this.practice);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static SignUp empty() {
		return new SignUp("", "", "", "UTC", VolumeUnit.ML);
	}

}
