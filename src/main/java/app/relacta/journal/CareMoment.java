package app.relacta.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A moment of closeness a parent logged: when, in which zone and on which local day.
 */
@Entity
@Table(name = "care_moment")
class CareMoment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	@Enumerated(EnumType.STRING)
	private MomentKind kind;

	private Instant occurredAt;

	private String timeZone;

	private LocalDate localDate;

	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected CareMoment() {
	}

	CareMoment(long parentId, MomentKind kind, Instant at, ZoneId zone) {
		this.parentId = parentId;
		this.kind = kind;
		this.occurredAt = at;
		this.timeZone = zone.getId();
		this.localDate = LocalDate.ofInstant(at, zone);
		this.createdAt = at;
	}

	Long getId() {
		return this.id;
	}

	MomentKind getKind() {
		return this.kind;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	ZoneId getZone() {
		return ZoneId.of(this.timeZone);
	}

	LocalDate getLocalDate() {
		return this.localDate;
	}

}
