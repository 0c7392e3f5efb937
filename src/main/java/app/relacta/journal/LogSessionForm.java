package app.relacta.journal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as typed in the log form: the start in the parent's local time, volumes in
 * the parent's unit. {@code version} is the version the form was opened on, for edits.
 * <p>
 * A JavaBean rather than a record on purpose: with setter binding, a value of the wrong
 * type (text in a number field) leaves the rest of the form bound and validated, so a
 * parent sees every problem at once instead of one per try.
 */
public class LogSessionForm {

	/** The format of {@code startedAt}, as an HTML datetime-local input sends it. */
	public static final String START_PATTERN = "yyyy-MM-dd'T'HH:mm";

	@NotNull
	@DateTimeFormat(pattern = START_PATTERN,
			fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd HH:mm" })
	private @Nullable LocalDateTime startedAt;

	@NotNull
	@Min(1)
	@Max(SessionEntry.MAX_DURATION_MINUTES)
	private @Nullable Integer durationMinutes;

	@NotNull
	private @Nullable SessionMethod method;

	@DecimalMin("0")
	private @Nullable BigDecimal leftVolume;

	@DecimalMin("0")
	private @Nullable BigDecimal rightVolume;

	@DecimalMin("0")
	private @Nullable BigDecimal totalVolume;

	private boolean dropsOnly;

	private boolean powerPump;

	private boolean handExpression;

	private boolean massage;

	private boolean pain;

	@Size(max = SessionEntry.MAX_NOTES_LENGTH)
	private @Nullable String notes;

	private @Nullable Long version;

	public LogSessionForm() {
	}

	/**
	 * A form showing {@code entry}.
	 */
	static LogSessionForm of(SessionEntry entry) {
		LogSessionForm form = new LogSessionForm();
		form.startedAt = entry.startedAt();
		form.durationMinutes = entry.durationMinutes();
		form.method = entry.method();
		form.leftVolume = entry.leftVolume();
		form.rightVolume = entry.rightVolume();
		form.totalVolume = entry.totalVolume();
		form.dropsOnly = entry.dropsOnly();
		form.powerPump = entry.powerPump();
		form.handExpression = entry.handExpression();
		form.massage = entry.massage();
		form.pain = entry.pain();
		form.notes = entry.notes();
		form.version = entry.version();
		return form;
	}

	/**
	 * What the parent typed, as the journal takes it.
	 */
	SessionEntry entry() {
		return new SessionEntry(this.startedAt, this.durationMinutes, this.method, this.leftVolume, this.rightVolume,
				this.totalVolume, this.dropsOnly, this.powerPump, this.handExpression, this.massage, this.pain,
				this.notes, this.version);
	}

	public @Nullable LocalDateTime getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(@Nullable LocalDateTime startedAt) {
		this.startedAt = startedAt;
	}

	public @Nullable Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(@Nullable Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public @Nullable SessionMethod getMethod() {
		return this.method;
	}

	public void setMethod(@Nullable SessionMethod method) {
		this.method = method;
	}

	public @Nullable BigDecimal getLeftVolume() {
		return this.leftVolume;
	}

	public void setLeftVolume(@Nullable BigDecimal leftVolume) {
		this.leftVolume = leftVolume;
	}

	public @Nullable BigDecimal getRightVolume() {
		return this.rightVolume;
	}

	public void setRightVolume(@Nullable BigDecimal rightVolume) {
		this.rightVolume = rightVolume;
	}

	public @Nullable BigDecimal getTotalVolume() {
		return this.totalVolume;
	}

	public void setTotalVolume(@Nullable BigDecimal totalVolume) {
		this.totalVolume = totalVolume;
	}

	public boolean isDropsOnly() {
		return this.dropsOnly;
	}

	public void setDropsOnly(boolean dropsOnly) {
		this.dropsOnly = dropsOnly;
	}

	public boolean isPowerPump() {
		return this.powerPump;
	}

	public void setPowerPump(boolean powerPump) {
		this.powerPump = powerPump;
	}

	public boolean isHandExpression() {
		return this.handExpression;
	}

	public void setHandExpression(boolean handExpression) {
		this.handExpression = handExpression;
	}

	public boolean isMassage() {
		return this.massage;
	}

	public void setMassage(boolean massage) {
		this.massage = massage;
	}

	public boolean isPain() {
		return this.pain;
	}

	public void setPain(boolean pain) {
		this.pain = pain;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	/**
	 * Browsers send a new line as CR LF; it is kept, and counted, as one character.
	 */
	public void setNotes(@Nullable String notes) {
		this.notes = (notes != null) ? notes.replace("\r\n", "\n") : null;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
