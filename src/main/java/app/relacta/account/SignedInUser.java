package app.relacta.account;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in account: Spring Security's user plus the account id, so
 * that every query can be scoped to the person who asked, and the language they chose.
 */
public class SignedInUser extends User {

	private final long accountId;

	private final Role role;

	private final @Nullable Language language;

	public SignedInUser(Account account) {
		this(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole(), account.getLanguage());
	}

	public SignedInUser(long accountId, String email, String passwordHash, Role role) {
		this(accountId, email, passwordHash, role, null);
	}

	public SignedInUser(long accountId, String email, String passwordHash, Role role, @Nullable Language language) {
		super(email, passwordHash, authorities(role));
		this.accountId = accountId;
		this.role = role;
		this.language = language;
	}

	/** The same person, speaking {@code language} (null: the browser's). */
	SignedInUser speaking(@Nullable Language language) {
		return new SignedInUser(this.accountId, getUsername(), "", this.role, language);
	}

	private static Collection<? extends GrantedAuthority> authorities(Role role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	public long accountId() {
		return this.accountId;
	}

	public Role role() {
		return this.role;
	}

	/** The language chosen in Settings, or null to follow the browser. */
	public @Nullable Language language() {
		return this.language;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
