package app.relacta.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import app.relacta.account.AccountService;
import app.relacta.account.LoginsEnded;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import app.relacta.system.Secrets;
import app.relacta.system.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: made with a name and an access, shown once, kept as a SHA-256
 * hash, listed with their last use, revoked by deleting them.
 */
@Service
public class ApiTokens {

	/** What every secret starts with, so a leaked one is easy to recognise. */
	static final String PREFIX = "rlc_";

	static final int MAX_NAME = 60;

	/** More than anyone needs; a cap so a runaway script cannot fill the table. */
	static final int MAX_PER_ACCOUNT = 20;

	/** A use is noted at most this often. */
	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final AccountService accounts;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountService accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes a token; its secret is in the answer and nowhere else.
	 * @throws InvalidInput if the name is missing or too long, or the account has
	 * {@value #MAX_PER_ACCOUNT} tokens already
	 */
	@Transactional
	public NewToken create(long accountId, @Nullable String name, @Nullable ApiAccess access) {
		this.accounts.lockForWrites(accountId);
		String stripped = (name != null) ? name.strip() : "";
		Rejections rejections = new Rejections();
		if (stripped.isEmpty()) {
			rejections.reject("name", "token.nameRequired");
		}
		else if (stripped.length() > MAX_NAME) {
			rejections.reject("name", "token.nameTooLong", MAX_NAME);
		}
		rejections.required("access", access);
		if (this.tokens.countByAccountId(accountId) >= MAX_PER_ACCOUNT) {
			rejections.reject(Rejection.whole("token.tooMany", MAX_PER_ACCOUNT));
		}
		InvalidInput.throwIfAny(rejections.list());
		String secret = PREFIX + Secrets.urlSafe(32);
		ApiToken token = this.tokens.save(new ApiToken(accountId, stripped, Sha256.hex(secret),
				secret.substring(secret.length() - 4), access, this.clock.instant()));
		return new NewToken(token.getId(), token.getName(), token.getAccess(), secret);
	}

	/**
	 * The account's tokens, newest first, with times in the account's zone.
	 */
	@Transactional(readOnly = true)
	public List<TokenView> list(long accountId) {
		ZoneId zone = this.accounts.get(accountId).getZone();
		return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId)
			.stream()
			.map((token) -> new TokenView(token.getId(), token.getName(), token.getHint(), token.getAccess(),
					token.getCreatedAt().atZone(zone), atZone(token.getLastUsedAt(), zone)))
			.toList();
	}

	/**
	 * Revokes one of the account's tokens: from now on it is refused.
	 * @throws NotFoundException if it is not theirs
	 */
	@Transactional
	public String revoke(long accountId, long tokenId) {
		ApiToken token = this.tokens.findByIdAndAccountId(tokenId, accountId).orElseThrow(NotFoundException::new);
		this.tokens.delete(token);
		return token.getName();
	}

	/**
	 * When the owner ends their other logins and asks for their tokens to end too (a
	 * password change, "log out of every other device"), every token of the account is
	 * revoked in the same transaction.
	 */
	@EventListener
	void loginsEnded(LoginsEnded ended) {
		if (ended.tokensToo()) {
			this.tokens.deleteAll(this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(ended.accountId()));
		}
	}

	/**
	 * The token with this secret and its account, noting its use; empty for a secret that
	 * is not (or no longer) a token.
	 */
	@Transactional
	Optional<TokenHolder> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<TokenHolder> holder = this.tokens.findHolder(Sha256.hex(secret));
		Instant now = this.clock.instant();
		Instant before = now.minus(USE_NOTED_EVERY);
		holder.filter((found) -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(before))
			.ifPresent((found) -> this.tokens.used(found.tokenId(), now, before));
		return holder;
	}

	private static @Nullable ZonedDateTime atZone(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone) : null;
	}

	/**
	 * A token just made, with its secret: shown once.
	 */
	public record NewToken(long id, String name, ApiAccess access, String token) {

	}

	/**
	 * A token as Settings lists it (never its secret).
	 */
	public record TokenView(long id, String name, String hint, ApiAccess access, ZonedDateTime createdAt,
			@Nullable ZonedDateTime lastUsedAt) {

	}

}
