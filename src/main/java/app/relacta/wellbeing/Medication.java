package app.relacta.wellbeing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A medicine or herb a parent takes (M4), in their own words.
 */
@Entity
class Medication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private String name;

	private @Nullable String amount;

	private LocalDate startedOn;

	private @Nullable LocalDate stoppedOn;

	private @Nullable String suggestedBy;

	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Medication() {
	}

	Medication(long parentId, String name, @Nullable String amount, LocalDate startedOn, @Nullable LocalDate stoppedOn,
			@Nullable String suggestedBy, Instant now) {
		this.parentId = parentId;
		this.name = name;
		this.amount = amount;
		this.startedOn = startedOn;
		this.stoppedOn = stoppedOn;
		this.suggestedBy = suggestedBy;
		this.createdAt = now;
	}

	void stop(LocalDate on) {
		this.stoppedOn = on;
	}

	MedicationView view() {
		return new MedicationView(this.id, this.name, this.amount, this.startedOn, this.stoppedOn, this.suggestedBy);
	}

}
