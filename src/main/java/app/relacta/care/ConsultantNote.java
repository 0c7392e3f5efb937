package app.relacta.care;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's advice to a parent, on the parent's Today page until they dismiss it.
 */
@Entity
class ConsultantNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private long consultantId;

	private String body;

	private Instant createdAt;

	private @Nullable Instant dismissedAt;

	@SuppressWarnings("NullAway.Init")
	protected ConsultantNote() {
	}

	ConsultantNote(long parentId, long consultantId, String body, Instant now) {
		this.parentId = parentId;
		this.consultantId = consultantId;
		this.body = body;
		this.createdAt = now;
	}

	void dismiss(Instant now) {
		if (this.dismissedAt == null) {
			this.dismissedAt = now;
		}
	}

}
