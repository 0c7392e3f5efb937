package app.relacta.imports;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The file to import and how the parent asks to read it: the zone of its times, the units
 * of its amounts and weights, and how long a session without an end lasted.
 * <p>
 * A JavaBean rather than a record, like the session form: a value of the wrong type
 * leaves the rest bound, so every problem shows at once with what was chosen kept.
 */
public class ImportForm {

	private @Nullable MultipartFile file;

	private @Nullable String timeZone;

	private @Nullable VolumeUnit unit;

	private ImportOptions.@Nullable Weight weightUnit;

	private @Nullable Integer minutes;

	public ImportForm() {
	}

	ImportForm(String timeZone, VolumeUnit unit, ImportOptions.Weight weightUnit, int minutes) {
		this.timeZone = timeZone;
		this.unit = unit;
		this.weightUnit = weightUnit;
		this.minutes = minutes;
	}

	public @Nullable MultipartFile getFile() {
		return this.file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public @Nullable String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone;
	}

	public @Nullable VolumeUnit getUnit() {
		return this.unit;
	}

	public void setUnit(@Nullable VolumeUnit unit) {
		this.unit = unit;
	}

	public ImportOptions.@Nullable Weight getWeightUnit() {
		return this.weightUnit;
	}

	public void setWeightUnit(ImportOptions.@Nullable Weight weightUnit) {
		this.weightUnit = weightUnit;
	}

	public @Nullable Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(@Nullable Integer minutes) {
		this.minutes = minutes;
	}

}
