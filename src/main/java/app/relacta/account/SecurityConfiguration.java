package app.relacta.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.relacta.system.StaticFiles;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Everything needs a login except sign-up, login, static files, error pages, the health
 * check and a parent's read-only links to their progress (whose secret is the key). A
 * consultant's pages are for consultants, a parent's for parents; the home page and
 * settings are for both. A route added without a rule is a parent's. A signed-in person
 * who reaches a page that is not for them gets 404, as if it did not exist. CSRF
 * protection stays on; scripts may only come from the application itself.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Nothing of the device is used: no camera, microphone, location or payment. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** The cookie that keeps the email of a failed login for the form, 5 minutes. */
	public static final String LAST_LOGIN_EMAIL = "relacta_last_login";

	/**
	 * Static files are the same for everyone: served without reading the login session
	 * (which lives in the database) or writing one, so a browser's cookie costs them no
	 * query.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain staticFilesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticFiles.PATTERNS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.disable())
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable());
		return http.build();
	}

	/**
	 * The page a visitor asked for before logging in, kept in a cookie (no server session
	 * for visitors): logging in, or signing up, goes on to it.
	 */
	@Bean
	RequestCache requestCache() {
		return new CookieRequestCache();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contextRepository,
			RequestCache requestCache, ObjectProvider<LoginDevices> devices) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler goOn = new SavedRequestAwareAuthenticationSuccessHandler();
		goOn.setDefaultTargetUrl("/");
		goOn.setRequestCache(requestCache);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/signup", "/login", "/error", "/actuator/health", "/actuator/health/liveness",
					"/actuator/health/readiness", "/shared/**")
			.permitAll()
			.requestMatchers("/clients", "/clients/**", "/invitations", "/invitations/**")
			.hasRole(Role.CONSULTANT.name())
			.requestMatchers("/", "/settings", "/settings/password", "/settings/theme", "/settings/language",
					"/settings/logins/end-others", "/settings/tokens", "/settings/tokens/**")
			.authenticated()
			.anyRequest()
			.hasRole(Role.PARENT.name()))
			.formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
				devices.ifAvailable((known) -> known.remember(request, response, authentication.getName()));
				goOn.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler(SecurityConfiguration::loginFailed).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityConfiguration::denied))
			.securityContext((context) -> context.securityContextRepository(contextRepository))
			// No server session for anonymous visitors: the CSRF token lives in a cookie,
			// and
			// the page asked for before logging in too.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * Back to the login page with a message that does not say whether the email exists,
	 * and with the email the person typed kept for the next try.
	 */
	static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String email = request.getParameter("username");
		if (email != null && !email.isBlank()) {
			// Kept for the next try in a short-lived cookie, not a server session: failed
			// logins, however many, hold no memory on the server.
			Cookie kept = new Cookie(LAST_LOGIN_EMAIL, URLEncoder
				.encode(email.strip().substring(0, Math.min(254, email.strip().length())), StandardCharsets.UTF_8));
			kept.setHttpOnly(true);
			kept.setMaxAge(300);
			kept.setPath(request.getContextPath() + "/login");
			kept.setSecure(request.isSecure());
			kept.setAttribute("SameSite", "Lax");
			response.addCookie(kept);
		}
		// The database out of reach is not a wrong password: say what happened.
		boolean unreachable = exception instanceof InternalAuthenticationServiceException
				&& exception.getCause() instanceof DataAccessException;
		response.sendRedirect(request.getContextPath() + (unreachable ? "/login?unavailable" : "/login?error"));
	}

	/**
	 * A signed-in person on a page that is not for their role gets 404, never 403, so
	 * that no one learns what exists; a form without its CSRF token still gets 403.
	 */
	private static void denied(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		response.sendError((exception instanceof CsrfException) ? HttpServletResponse.SC_FORBIDDEN
				: HttpServletResponse.SC_NOT_FOUND);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Spring Security's delegating encoder (bcrypt). A password bcrypt cannot read whole
	 * (more than 72 bytes) never matches, instead of failing the request; new ones that
	 * long are refused beside the field.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new PasswordEncoder() {

			@Override
			public @Nullable String encode(@Nullable CharSequence rawPassword) {
				return encoder.encode(rawPassword);
			}

			@Override
			public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
				if (rawPassword != null
						&& rawPassword.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
					return false;
				}
				return encoder.matches(rawPassword, encodedPassword);
			}

			@Override
			public boolean upgradeEncoding(@Nullable String encodedPassword) {
				return encoder.upgradeEncoding(encodedPassword);
			}

		};
	}

}
