package app.relacta.care;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A consultant opened part of a parent's data.
 */
@Entity
class AccessRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private long consultantId;

	@Enumerated(EnumType.STRING)
	private Area area;

	private Instant viewedAt;

	@SuppressWarnings("NullAway.Init")
	protected AccessRecord() {
	}

	AccessRecord(long parentId, long consultantId, Area area, Instant viewedAt) {
		this.parentId = parentId;
		this.consultantId = consultantId;
		this.area = area;
		this.viewedAt = viewedAt;
	}

	/**
	 * Another look within the same visit: the record keeps the visit's latest time.
	 */
	void lookedAgain(Instant at) {
		this.viewedAt = at;
	}

}
