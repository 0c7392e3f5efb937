package app.relacta.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' metrics ({@code /actuator/prometheus}) are closed unless a token is
 * configured ({@code relacta.metrics.token}, say from RELACTA_METRICS_TOKEN): then a
 * scraper sends it as {@code Authorization: Bearer <token>}. Without a configured token
 * the endpoint answers 404 to everyone; with one, a request without the right token gets
 * 401. No session, no CSRF (a scraper sends no cookies), the token compared in constant
 * time.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

	static final String PATH = "/actuator/prometheus";

	private final byte[] token;

	MetricsSecurity(@Value("${relacta.metrics.token:}") String token) {
		this.token = token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Bean
	@Order(1)
	SecurityFilterChain metricsFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATH)
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(bearerMatches(context.getRequest()))))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this::refuse)
				.accessDeniedHandler((request, response, denied) -> refuse(request, response, null)));
		return http.build();
	}

	boolean bearerMatches(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.token.length == 0 || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		byte[] sent = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(sent, this.token);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Object cause) throws IOException {
		if (this.token.length == 0) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"relacta-metrics\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
