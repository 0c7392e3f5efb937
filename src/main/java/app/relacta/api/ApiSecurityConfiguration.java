package app.relacta.api;

import jakarta.servlet.http.HttpServletRequest;

import app.relacta.account.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * The API's own security: no session, no cookie, no CSRF token (nothing a browser sends
 * on its own is accepted), only {@code Authorization} headers.
 * <ul>
 * <li>{@code POST /api/v1/tokens} takes the account's email and password as HTTP Basic
 * (throttled like the login form) and nothing else;</li>
 * <li>every other {@code /api} route takes a bearer token: a consultant's reach
 * {@code /api/v1/clients}, a parent's the rest; writing needs a read-write token.</li>
 * </ul>
 * Without credentials the answer is 401; a route that is not for the token's role is 404,
 * as on the web; a write with a read-only token is 403.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String TOKENS = "/api/v1/tokens";

	/** Swagger UI's scripts and styles are its own files; it sets a few styles inline. */
	static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiProblems problems) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED, "api.passwordRefused", "Basic realm=\"Relacta API\"");
		http.securityMatcher(TOKENS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, TOKENS)
				.authenticated()
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						HttpStatus.METHOD_NOT_ALLOWED, "api.methodNotAllowed", null)));
		return stateless(http).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiProblems problems) throws Exception {
		var parentWrites = AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(Role.PARENT.name()),
				AuthorityAuthorizationManager.hasAuthority(ApiAccess.WRITE_AUTHORITY));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/clients/**")
				.hasRole(Role.CONSULTANT.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(Role.PARENT.name())
				.anyRequest()
				.access(parentWrites))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "api.tokenMissing", "Bearer"))
				.accessDeniedHandler(denied(problems)));
		return stateless(http).build();
	}

	/**
	 * The API's description and its browsable UI are public, like any API's manual; its
	 * pages run only the UI's own scripts.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
				"/swagger-ui/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(DOCS_POLICY)));
		return stateless(http).build();
	}

	/**
	 * A write with a read-only token is 403 (it is the token's limit, not a secret);
	 * anything else out of a token's reach is 404, as if it did not exist.
	 */
	private static AccessDeniedHandler denied(ApiProblems problems) {
		return (request, response, ex) -> {
			if (writes(request) && !mayWrite(SecurityContextHolder.getContext().getAuthentication())) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "api.readOnly",
						"Bearer error=\"insufficient_scope\"");
			}
			else {
				problems.write(request, response, HttpStatus.NOT_FOUND, "api.notFound", null);
			}
		};
	}

	private static boolean writes(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
	}

	private static boolean mayWrite(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ApiAccess.WRITE_AUTHORITY.equals(authority.getAuthority()));
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable());
	}

}
