package app.relacta.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in account: Spring Security's user plus the account id, so
 * that every query can be scoped to the person who asked.
 */
public class SignedInUser extends User {

	private final long accountId;

	private final Role role;

	public SignedInUser(Account account) {
		this(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole());
	}

	public SignedInUser(long accountId, String email, String passwordHash, Role role) {
		super(email, passwordHash, authorities(role));
		this.accountId = accountId;
		this.role = role;
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

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
