package app.relacta.baby;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day's baby check as typed: any value may be left empty. The weight is typed in the
 * parent's unit: kilograms or grams in one field, or pounds and ounces in two.
 */
public class BabyCheckForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Min(0)
	@Max(BabyDayEntry.MAX_WET_DIAPERS)
	private @Nullable Integer wetDiapers;

	/** In kilograms or grams, for a parent who reads weights the metric way. */
	@DecimalMin("0")
	private @Nullable BigDecimal weight;

	/** Pounds, for a parent who reads weights in pounds and ounces. */
	@Min(0)
	@Max(BabyDayEntry.MAX_POUNDS)
	private @Nullable Integer weightPounds;

	/** The ounces over the pounds. */
	@DecimalMin("0")
	@DecimalMax(value = "16", inclusive = false)
	private @Nullable BigDecimal weightOunces;

	@DecimalMin("0")
	private @Nullable BigDecimal supplementVolume;

	static BabyCheckForm of(BabyDayEntry entry) {
		BabyCheckForm form = new BabyCheckForm();
		form.date = entry.date();
		form.wetDiapers = entry.wetDiapers();
		form.weight = entry.weight();
		form.weightPounds = entry.weightPounds();
		form.weightOunces = entry.weightOunces();
		form.supplementVolume = entry.supplementVolume();
		return form;
	}

	BabyDayEntry entry() {
		return new BabyDayEntry(this.date, this.wetDiapers, this.weight, this.weightPounds, this.weightOunces,
				this.supplementVolume);
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable Integer getWetDiapers() {
		return this.wetDiapers;
	}

	public void setWetDiapers(@Nullable Integer wetDiapers) {
		this.wetDiapers = wetDiapers;
	}

	public @Nullable BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(@Nullable BigDecimal weight) {
		this.weight = weight;
	}

	public @Nullable Integer getWeightPounds() {
		return this.weightPounds;
	}

	public void setWeightPounds(@Nullable Integer weightPounds) {
		this.weightPounds = weightPounds;
	}

	public @Nullable BigDecimal getWeightOunces() {
		return this.weightOunces;
	}

	public void setWeightOunces(@Nullable BigDecimal weightOunces) {
		this.weightOunces = weightOunces;
	}

	public @Nullable BigDecimal getSupplementVolume() {
		return this.supplementVolume;
	}

	public void setSupplementVolume(@Nullable BigDecimal supplementVolume) {
		this.supplementVolume = supplementVolume;
	}

}
