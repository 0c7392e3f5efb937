package app.relacta.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token of an account: its name, what it may do, the SHA-256 of its
 * secret (never the secret), the secret's last four characters to tell tokens apart, and
 * when it was last used.
 */
@Entity
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String name;

	private String tokenHash;

	private String hint;

	@Enumerated(EnumType.STRING)
	private ApiAccess access;

	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@SuppressWarnings("NullAway.Init")
	protected ApiToken() {
	}

	@SuppressWarnings("NullAway.Init")
	ApiToken(long accountId, String name, String tokenHash, String hint, ApiAccess access, Instant createdAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.hint = hint;
		this.access = access;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getHint() {
		return this.hint;
	}

	ApiAccess getAccess() {
		return this.access;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
