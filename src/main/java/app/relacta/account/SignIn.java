package app.relacta.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a newly created account in, so that a parent goes straight from sign-up to their
 * journal. Changes the session id, as a form login would.
 */
@Component
class SignIn {

	private final SecurityContextRepository contextRepository;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignIn(SecurityContextRepository contextRepository) {
		this.contextRepository = contextRepository;
	}

	void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = new SignedInUser(account);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.holder.setContext(context);
		request.getSession();
		request.changeSessionId();
		this.contextRepository.saveContext(context, request, response);
	}

}
