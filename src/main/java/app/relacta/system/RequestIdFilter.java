package app.relacta.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in each log line written while it runs ({@code requestId} in
 * the MDC: in the text pattern and in structured JSON logs) and in the
 * {@code X-Request-Id} response header, so a parent's "it failed at 3:12" or a load
 * balancer's log line leads to the app's lines. An id sent by the proxy in front (nginx's
 * {@code $request_id}) is kept when it is plain (letters, digits, {@code -._}, at most
 * 64); anything else is replaced, so nobody can write into the logs through it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE - 1)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(MDC_KEY) instanceof String earlier) ? earlier : idFor(request);
		request.setAttribute(MDC_KEY, id);
		if (!response.isCommitted()) {
			response.setHeader(HEADER, id);
		}
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	private static String idFor(HttpServletRequest request) {
		String sent = request.getHeader(HEADER);
		return (sent != null && PLAIN.matcher(sent).matches()) ? sent : UUID.randomUUID().toString().replace("-", "");
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
