package app.relacta.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character has no place in anything a person types, and PostgreSQL refuses it in
 * text: a request that carries one in a parameter is refused as a bad request before it
 * reaches the application (and its database).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulRefusingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
