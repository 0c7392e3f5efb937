package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One logged stimulation session of a parent: pumping, breastfeeding or hand expression.
 * Stored as instants plus the zone and local day it was logged in; volumes in mL.
 */
@Entity
class LoggedSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private Instant startedAt;

	private Instant endedAt;

	private String timeZone;

	private LocalDate localDate;

	private int durationMinutes;

	@Enumerated(EnumType.STRING)
	private SessionMethod method;

	private @Nullable BigDecimal leftMl;

	private @Nullable BigDecimal rightMl;

	private @Nullable BigDecimal totalMl;

	private boolean dropsOnly;

	private boolean powerPump;

	private boolean handExpression;

	private boolean massage;

	/** F5: pain while pumping. */
	private boolean pain;

	private @Nullable String notes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected LoggedSession() {
	}

	LoggedSession(long parentId, SessionData data, Instant now) {
		this.parentId = parentId;
		this.createdAt = now;
		apply(data, now);
	}

	/**
	 * Replaces every field with the given values.
	 */
	void apply(SessionData data, Instant now) {
		this.startedAt = data.start();
		this.endedAt = data.end();
		this.timeZone = data.zone().getId();
		this.localDate = data.localDate();
		this.durationMinutes = data.durationMinutes();
		this.method = data.method();
		this.leftMl = data.leftMl();
		this.rightMl = data.rightMl();
		this.totalMl = data.totalMl();
		this.dropsOnly = data.dropsOnly();
		this.powerPump = data.powerPump();
		this.handExpression = data.handExpression();
		this.massage = data.massage();
		this.pain = data.pain();
		this.notes = data.notes();
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getParentId() {
		return this.parentId;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	ZoneId getZone() {
		return ZoneId.of(this.timeZone);
	}

	LocalDate getLocalDate() {
		return this.localDate;
	}

	int getDurationMinutes() {
		return this.durationMinutes;
	}

	SessionMethod getMethod() {
		return this.method;
	}

	@Nullable BigDecimal getLeftMl() {
		return this.leftMl;
	}

	@Nullable BigDecimal getRightMl() {
		return this.rightMl;
	}

	@Nullable BigDecimal getTotalMl() {
		return this.totalMl;
	}

	boolean isDropsOnly() {
		return this.dropsOnly;
	}

	boolean isPowerPump() {
		return this.powerPump;
	}

	boolean isHandExpression() {
		return this.handExpression;
	}

	boolean isMassage() {
		return this.massage;
	}

	boolean isPain() {
		return this.pain;
	}

	@Nullable String getNotes() {
		return this.notes;
	}

	boolean hasSides() {
		return this.leftMl != null || this.rightMl != null;
	}

	long getVersion() {
		return this.version;
	}

}
