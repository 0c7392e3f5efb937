package app.relacta.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach what: everything needs a login except sign-up, login, static files and
 * the health check; CSRF and the security headers are on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@ParameterizedTest(name = "anonymous GET {0} goes to the login page")
	@ValueSource(strings = { "/", "/journal", "/journal/new", "/journal/1/edit", "/journal/1/delete", "/settings",
			"/actuator/env", "/actuator/info", "/actuator/beans", "/no-such-page" })
	void everyPageButThePublicOnesNeedsALogin(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest(name = "anonymous GET {0} is open")
	@ValueSource(strings = { "/signup", "/login", "/assets/css/relacta.css", "/assets/js/relacta.js",
			"/assets/js/progress.js", "/assets/favicon.svg", "/webjars/picocss__pico/css/pico.violet.min.css",
			"/actuator/health" })
	void signUpLoginStaticFilesAndHealthAreOpen(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
	}

	@Test
	void theHealthCheckSaysUpAndNothingMore() {
		// Only the probe groups' names besides the status: no components, no details.
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.isEqualTo("{\"status\":\"UP\"}");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyJson()
			.isEqualTo("{\"status\":\"UP\"}");
	}

	@ParameterizedTest(name = "signed in, {0} is not exposed")
	@ValueSource(strings = { "/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/heapdump" })
	void noOtherActuatorEndpointIsExposedEvenWhenSignedIn(String path) {
		assertThat(this.mvc.get().uri(path).with(user(parent()))).hasStatus(404);
	}

	@Test
	void aStateChangingRequestWithoutItsCsrfTokenIsRefused() {
		SignedInUser parent = parent();
		assertThat(this.mvc.post()
			.uri("/journal")
			.with(user(parent))
			.param("startedAt", "2026-11-22T10:00")
			.param("durationMinutes", "20")
			.param("method", "DOUBLE_PUMP")).hasStatus(403);
		assertThat(this.mvc.post().uri("/settings").with(user(parent)).param("displayName", "X")).hasStatus(403);
		assertThat(this.mvc.post().uri("/logout").with(user(parent))).hasStatus(403);
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndOtherSecurityHeaders() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin");
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void logoutEndsTheSession() {
		assertThat(this.mvc.post().uri("/logout").with(user(parent())).with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?logout");
	}

	private SignedInUser parent() {
		return TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

}
