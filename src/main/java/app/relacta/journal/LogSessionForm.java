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

	/**
	 * The longest session that can be logged: a power-pumping hour with room to spare.
	 */
	public static final int MAX_DURATION_MINUTES = 180;

	public static final int DEFAULT_DURATION_MINUTES = 20;

	public static final int MAX_NOTES_LENGTH = 1000;

	@NotNull
	@DateTimeFormat(pattern = START_PATTERN,
			fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd HH:mm" })
	private @Nullable LocalDateTime startedAt;

	@NotNull
	@Min(1)
	@Max(MAX_DURATION_MINUTES)
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

	@Size(max = MAX_NOTES_LENGTH)
	private @Nullable String notes;

	private @Nullable Long version;

	public LogSessionForm() {
	}

	static LogSessionForm startingAt(LocalDateTime start) {
		LogSessionForm form = new LogSessionForm();
		form.startedAt = start;
		form.durationMinutes = DEFAULT_DURATION_MINUTES;
		form.method = SessionMethod.DOUBLE_PUMP;
		return form;
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
