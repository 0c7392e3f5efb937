package app.relacta.baby;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day's baby check as typed: any value may be left empty.
 */
public class BabyCheckForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Min(0)
	@Max(30)
	private @Nullable Integer wetDiapers;

	@Min(500)
	@Max(25000)
	private @Nullable Integer weightGrams;

	@DecimalMin("0")
	private @Nullable BigDecimal supplementVolume;

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

	public @Nullable Integer getWeightGrams() {
		return this.weightGrams;
	}

	public void setWeightGrams(@Nullable Integer weightGrams) {
		this.weightGrams = weightGrams;
	}

	public @Nullable BigDecimal getSupplementVolume() {
		return this.supplementVolume;
	}

	public void setSupplementVolume(@Nullable BigDecimal supplementVolume) {
		this.supplementVolume = supplementVolume;
	}

}
