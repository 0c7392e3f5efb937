package app.relacta.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The settings a person can change at any time. The weight unit and the weekly summary
 * email are a parent's (a weight unit left out stays as it was; an unticked box is no
 * summary); credential and practice are a consultant's.
 */
public record Preferences(@NotBlank @Size(max = 80) @Nullable String displayName, @NotBlank @Nullable String timeZone,
		@NotNull @Nullable VolumeUnit unit, @Nullable WeightUnit weightUnit,
		@Size(max = 80) @Nullable String credential, @Size(max = 120) @Nullable String practice,
		@Nullable Boolean weeklySummary) {

	public Preferences {
		credential = SignUp.blankToNull(credential);
		practice = SignUp.blankToNull(practice);
	}

	static Preferences of(Account account) {
		return new Preferences(account.getDisplayName(), account.getZone().getId(), account.getUnit(),
				account.getWeightUnit(), account.getCredential(), account.getPractice(), account.isWeeklySummary());
	}

}
