package app.relacta.care;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A parent's invitation to a consultant. Only the code's hash is stored, so the code can
 * be shown to the parent once and never read back from the database.
 */
@Entity
@Table(name = "care_invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private String codeHash;

	private @Nullable String consultantEmail;

	private Instant createdAt;

	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	private InvitationStatus status;

	private @Nullable Instant closedAt;

	private @Nullable Long consultantId;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Invitation() {
	}

	Invitation(long parentId, String codeHash, @Nullable String consultantEmail, Instant now, Instant expiresAt) {
		this.parentId = parentId;
		this.codeHash = codeHash;
		this.consultantEmail = consultantEmail;
		this.createdAt = now;
		this.expiresAt = expiresAt;
		this.status = InvitationStatus.PENDING;
	}

	boolean isOpen(Instant now) {
		return this.status == InvitationStatus.PENDING && now.isBefore(this.expiresAt);
	}

	void close(InvitationStatus status, @Nullable Long consultantId, Instant now) {
		this.status = status;
		this.consultantId = consultantId;
		this.closedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getParentId() {
		return this.parentId;
	}

	@Nullable String getConsultantEmail() {
		return this.consultantEmail;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	InvitationStatus getStatus() {
		return this.status;
	}

	String getCodeHash() {
		return this.codeHash;
	}

}
