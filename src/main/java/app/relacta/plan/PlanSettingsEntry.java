package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a parent's plan settings. Never changed once written: a change is
 * a new entry, so the history stays.
 */
@Entity
@Table(name = "plan_settings")
class PlanSettingsEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "lactation_path")
	private LactationPath path;

	private @Nullable LocalDate lastExpressed;

	private LocalDate startDate;

	private @Nullable LocalDate babyBirthDate;

	private boolean babyLatches;

	@Column(name = "supplement_ml")
	private @Nullable BigDecimal supplementMlPerDay;

	@Enumerated(EnumType.STRING)
	private SupplementKind supplementKind;

	@Enumerated(EnumType.STRING)
	private Goal goal;

	private @Nullable BigDecimal goalMl;

	private LocalTime nightStart;

	private LocalTime nightEnd;

	private int targetSessions;

	private boolean fastTrack;

	private int powerPumpsPerDay;

	private Instant changedAt;

	private long changedBy;

	@SuppressWarnings("NullAway.Init")
	protected PlanSettingsEntry() {
	}

	PlanSettingsEntry(long parentId, PlanSettings settings, Instant changedAt, long changedBy) {
		this.parentId = parentId;
		this.path = settings.path();
		this.lastExpressed = settings.lastExpressed();
		this.startDate = settings.startDate();
		this.babyBirthDate = settings.babyBirthDate();
		this.babyLatches = settings.babyLatches();
		this.supplementMlPerDay = settings.supplementMlPerDay();
		this.supplementKind = settings.supplementKind();
		this.goal = settings.goal();
		this.goalMl = settings.goalMl();
		this.nightStart = settings.nightStart();
		this.nightEnd = settings.nightEnd();
		this.targetSessions = settings.targetSessions();
		this.fastTrack = settings.fastTrack();
		this.powerPumpsPerDay = settings.powerPumpsPerDay();
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	PlanSettings settings() {
		return new PlanSettings(this.path, this.lastExpressed, this.startDate, this.babyBirthDate, this.babyLatches,
				this.supplementMlPerDay, this.supplementKind, this.goal, this.goalMl, this.nightStart, this.nightEnd,
				this.targetSessions, this.fastTrack, this.powerPumpsPerDay);
	}

	Long getId() {
		return this.id;
	}

	long getParentId() {
		return this.parentId;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	long getChangedBy() {
		return this.changedBy;
	}

}
