package app.relacta.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a newly created account in, so that a parent goes straight from sign-up to their
 * journal (changing the session id, as a form login would), and keeps the signed-in user
 * current when what it carries changes.
 */
@Component
class SignIn {

	private final SecurityContextRepository contextRepository;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ObjectProvider<LoginDevices> devices;

	SignIn(SecurityContextRepository contextRepository, ObjectProvider<LoginDevices> devices) {
		this.contextRepository = contextRepository;
		this.devices = devices;
	}

	/** Signs a new account in; its browser is one that has logged in to it since. */
	void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		request.getSession();
		request.changeSessionId();
		keep(new SignedInUser(account), request, response);
		this.devices.ifAvailable((known) -> known.remember(request, response, account.getEmail()));
	}

	/**
	 * Makes {@code user} the one signed in, in this request and in the login session: at
	 * sign-up, and when what the signed-in user carries changes (their language).
	 */
	void keep(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.holder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
