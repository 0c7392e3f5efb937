package app.relacta.api;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The errors the server raises before any controller (a query it cannot read, TRACE, a
 * method it does not know) reach {@code /error} as an error dispatch. For a request under
 * {@code /api} the answer is a problem document like every other refusal of the API, not
 * Spring's default error map; pages keep their error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDispatches {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiErrorProblems(ApiProblems problems) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new ProblemOnError(problems));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.addUrlPatterns("/error");
		return registration;
	}

	private static final class ProblemOnError extends OncePerRequestFilter {

		private final ApiProblems problems;

		ProblemOnError(ApiProblems problems) {
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")
					|| response.isCommitted()) {
				chain.doFilter(request, response);
				return;
			}
			HttpStatus status = HttpStatus.resolve((code instanceof Integer number) ? number : 500);
			if (status == null || !status.isError()) {
				status = HttpStatus.INTERNAL_SERVER_ERROR;
			}
			response.resetBuffer();
			this.problems.write(request, response, status, ApiProblems.codeOf(status), null);
		}

	}

}
