package app.relacta.care;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's email, typed by the parent who invites them.
 */
public class InviteForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private @Nullable String email;

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = (email != null) ? email.strip() : null;
	}

}
