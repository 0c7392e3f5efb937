package app.relacta.care;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A parent's consent for one consultant to see their data, from {@code grantedAt} until
 * it ends (by either of them). Ended shares are kept for the parent's record.
 */
@Entity
class CareShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private long consultantId;

	private Instant grantedAt;

	private @Nullable Instant endedAt;

	private @Nullable Long endedBy;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected CareShare() {
	}

	CareShare(long parentId, long consultantId, Instant now) {
		this.parentId = parentId;
		this.consultantId = consultantId;
		this.grantedAt = now;
	}

	void end(long by, Instant now) {
		if (this.endedAt == null) {
			this.endedAt = now;
			this.endedBy = by;
		}
	}

	Long getId() {
		return this.id;
	}

	long getParentId() {
		return this.parentId;
	}

	long getConsultantId() {
		return this.consultantId;
	}

	Instant getGrantedAt() {
		return this.grantedAt;
	}

	@Nullable Instant getEndedAt() {
		return this.endedAt;
	}

	@Nullable Long getEndedBy() {
		return this.endedBy;
	}

}
