package app.relacta.wellbeing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.relacta.system.VisibleText.Visible;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A medicine or herb as the parent writes it: never checked against a dose.
 */
public class MedicationForm {

	@NotBlank
	@Visible
	@Size(max = MedicationEntry.MAX_TEXT)
	private @Nullable String name;

	@Size(max = MedicationEntry.MAX_TEXT)
	private @Nullable String amount;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate stoppedOn;

	@Size(max = MedicationEntry.MAX_TEXT)
	private @Nullable String suggestedBy;

	MedicationEntry entry() {
		return new MedicationEntry(this.name, this.amount, this.startedOn, this.stoppedOn, this.suggestedBy);
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getAmount() {
		return this.amount;
	}

	public void setAmount(@Nullable String amount) {
		this.amount = amount;
	}

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable LocalDate getStoppedOn() {
		return this.stoppedOn;
	}

	public void setStoppedOn(@Nullable LocalDate stoppedOn) {
		this.stoppedOn = stoppedOn;
	}

	public @Nullable String getSuggestedBy() {
		return this.suggestedBy;
	}

	public void setSuggestedBy(@Nullable String suggestedBy) {
		this.suggestedBy = suggestedBy;
	}

}
