package app.relacta.api;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Caching as HTTP does it (issue 28): every successful GET of the API carries an
 * {@code ETag} (the one the answer set, such as a session's version, or else a digest of
 * the answer itself, so that an answer that moves with the clock, like Today's, is never
 * stale) and {@code Cache-Control: private, no-cache}; a client that sends it back in
 * {@code If-None-Match} gets a 304 without the body.
 */
@Configuration(proxyBeanMethods = false)
class ApiCaching {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiEtags() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Etags());
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/** The entity tag of an answer's bytes. */
	static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	private static final class Etags extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, answer);
			if (answer.getStatus() == HttpServletResponse.SC_OK) {
				String tag = answer.getHeader(HttpHeaders.ETAG);
				if (tag == null) {
					tag = digest(answer.getContentAsByteArray());
				}
				// Kept by the client but asked again each time; never by a shared cache.
				answer.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				if (new ServletWebRequest(request, answer).checkNotModified(tag)) {
					// 304: the headers without the body.
					return;
				}
			}
			answer.copyBodyToResponse();
		}

	}

}
