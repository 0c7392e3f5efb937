package app.relacta.wellbeing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A parent's mood check-in on one of their local days. Every check-in is kept: a later
 * one never hides an earlier answer (F4).
 */
@Entity
@Table(name = "mood_check")
class MoodCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private LocalDate localDate;

	@Enumerated(EnumType.STRING)
	private Mood mood;

	private boolean harmThoughts;

	private boolean shared;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected MoodCheck() {
	}

	MoodCheck(long parentId, LocalDate localDate) {
		this.parentId = parentId;
		this.localDate = localDate;
	}

	void record(Mood mood, boolean harmThoughts, boolean shared, Instant now) {
		this.mood = mood;
		this.harmThoughts = harmThoughts;
		this.shared = shared;
		this.updatedAt = now;
	}

	LocalDate getLocalDate() {
		return this.localDate;
	}

	Mood getMood() {
		return this.mood;
	}

	boolean isHarmThoughts() {
		return this.harmThoughts;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	boolean isShared() {
		return this.shared;
	}

}
