package app.relacta.api;

import java.util.ArrayList;
import java.util.List;

import app.relacta.account.SignedInUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a personal access token: the account's role, and
 * {@value ApiAccess#WRITE_AUTHORITY} when the token may write.
 */
class ApiAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser user;

	private final long tokenId;

	ApiAuthentication(TokenHolder holder) {
		super(authorities(holder));
		this.user = new SignedInUser(holder.accountId(), holder.email(), "", holder.role());
		this.tokenId = holder.tokenId();
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(TokenHolder holder) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(holder.role().authority()));
		if (holder.access() == ApiAccess.READ_WRITE) {
			authorities.add(new SimpleGrantedAuthority(ApiAccess.WRITE_AUTHORITY));
		}
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

	long tokenId() {
		return this.tokenId;
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
