package app.relacta.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The settings a parent can change at any time.
 */
public record PreferencesForm(@NotBlank @Size(max = 80) @Nullable String displayName,
		@NotBlank @Nullable String timeZone, @NotNull @Nullable VolumeUnit unit) {

	static PreferencesForm of(Account account) {
		return new PreferencesForm(account.getDisplayName(), account.getZone().getId(), account.getUnit());
	}

}
