package app.relacta.api;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import app.relacta.system.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Any other path under /api answers a 404 problem, like every refusal of the API, not an
 * error page; a path that exists, asked with a method it does not take (PATCH), answers
 * 405 with {@code Allow}. Routes that exist are always matched first.
 */
@RestController
@Hidden
class UnknownApiPaths {

	private final RequestMappingHandlerMapping mappings;

	UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		Set<String> allowed = new TreeSet<>();
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType() != UnknownApiPaths.class && info.getPathPatternsCondition() != null
					&& info.getPathPatternsCondition().getMatchingCondition(request) != null) {
				info.getMethodsCondition().getMethods().forEach((m) -> allowed.add(m.name()));
			}
		});
		if (allowed.isEmpty()) {
			throw new NotFoundException();
		}
		if (allowed.contains("GET")) {
			allowed.add("HEAD");
		}
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
	}

}
