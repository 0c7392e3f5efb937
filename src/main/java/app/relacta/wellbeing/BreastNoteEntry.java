package app.relacta.wellbeing;

import java.time.Instant;
import java.time.LocalDate;

import app.relacta.plan.BreastNote;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * F3: a breast that hurts, as a parent noted it in one tap; kept, never overwritten.
 */
@Entity
@Table(name = "breast_note")
class BreastNoteEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private Instant notedAt;

	private LocalDate localDate;

	private boolean pain;

	private boolean redness;

	private boolean heat;

	private boolean fever;

	@SuppressWarnings("NullAway.Init")
	protected BreastNoteEntry() {
	}

	BreastNoteEntry(long parentId, Instant notedAt, LocalDate localDate, BreastNote note) {
		this.parentId = parentId;
		this.notedAt = notedAt;
		this.localDate = localDate;
		this.pain = note.pain();
		this.redness = note.redness();
		this.heat = note.heat();
		this.fever = note.fever();
	}

	BreastNote note() {
		return new BreastNote(this.notedAt, this.pain, this.redness, this.heat, this.fever);
	}

}
