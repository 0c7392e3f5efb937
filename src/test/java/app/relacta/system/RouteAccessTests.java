package app.relacta.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the application, read from its own handler mappings, against who may
 * reach it: a route added later is covered without anyone remembering to list it here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAccessTests {

	/** The only routes open without a login. */
	private static final Set<String> PUBLIC = Set.of("GET /signup", "POST /signup", "GET /login", "GET /error",
			"POST /error", "PUT /error", "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private AccountService accounts;

	@Test
	void everyRouteButSignUpLoginAndErrorsNeedsALogin() {
		List<String> open = new ArrayList<>();
		for (Route route : routes()) {
			MvcTestResult result = (route.method() == RequestMethod.GET)
					? this.mvc.get().uri(route.samplePath()).exchange()
					: this.mvc.post().uri(route.samplePath()).with(csrf()).exchange();
			boolean toLogin = result.getResponse().getStatus() == 302
					&& String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login");
			if (!toLogin) {
				open.add(route.method() + " " + route.pattern());
			}
		}
		assertThat(new TreeSet<>(open)).as("routes reachable without a login")
			.allMatch((route) -> PUBLIC.contains(route) || route.endsWith(" /error"));
		assertThat(routes()).as("routes found").hasSizeGreaterThan(20);
	}

	@Test
	void noRouteFailsWithAServerErrorForASignedInParent() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		List<String> failing = new ArrayList<>();
		for (Route route : routes()) {
			if (route.pattern().equals("/error")) {
				continue;
			}
			MvcTestResult result = (route.method() == RequestMethod.GET)
					? this.mvc.get().uri(route.samplePath()).with(user(parent)).exchange()
					: this.mvc.post().uri(route.samplePath()).with(user(parent)).with(csrf()).exchange();
			if (result.getResponse().getStatus() >= 500 || result.getUnresolvedException() != null) {
				failing.add(route.method() + " " + route.samplePath() + " -> " + result.getResponse().getStatus());
			}
		}
		assertThat(failing).as("routes answering a server error").isEmpty();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						routes.add(new Route(method, pattern));
					}
				}
			}
		}
		return routes;
	}

	/**
	 * A route and a path that matches it, with a made-up id (someone else's, or
	 * nobody's).
	 */
	record Route(RequestMethod method, String pattern) {

		String samplePath() {
			return this.pattern.replaceAll("\\{step[^}]*}", "1").replaceAll("\\{[^}]+}", "999999");
		}

	}

}
