package app.relacta.system;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What an operator relies on: metrics closed to anyone without the configured token
 * (signed-in parents included), open to a scraper with it; a request id in every response
 * and in every log line written during the request.
 */
@SpringBootTest(properties = "relacta.metrics.token=scrape-me-7d1f")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void metricsAreClosedToAnonymousToParentsAndToAWrongToken() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		MvcTestResult anonymous = this.mvc.get().uri("/actuator/prometheus").exchange();
		assertThat(anonymous).hasStatus(401);
		assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user(TestAccounts.user(parent)))).hasStatus(401);
		assertThat(this.mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer scrape-me"))
			.hasStatus(401);
		assertThat(this.mvc.get().uri("/actuator/prometheus").header("Authorization", "Basic c2NyYXBlLW1lLTdkMWY="))
			.hasStatus(401);
		assertThat(anonymous.getResponse().getCookies()).isEmpty();
	}

	@Test
	void aScraperWithTheTokenReadsRequestsPerRouteThePoolAndTheJvm() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(this.mvc.get().uri("/journal").with(user(TestAccounts.user(parent)))).hasStatusOk();
		MvcTestResult metrics = this.mvc.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer scrape-me-7d1f")
			.exchange();
		assertThat(metrics).hasStatusOk()
			.bodyText()
			.contains("http_server_requests_seconds_bucket{", "uri=\"/journal\"", "hikaricp_connections_active",
					"jvm_memory_used_bytes", "application=\"relacta\"")
			.doesNotContain(parent.getEmail());
	}

	@Test
	void withoutAConfiguredTokenTheMetricsDoNotExist() {
		MetricsSecurity closed = new MetricsSecurity("  ");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.addHeader("Authorization", "Bearer ");
		assertThat(closed.bearerMatches(request)).isFalse();
		assertThat(new MetricsSecurity("t0ken").bearerMatches(request)).isFalse();
		request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.addHeader("Authorization", "bearer t0ken");
		assertThat(new MetricsSecurity("t0ken").bearerMatches(request)).isTrue();
	}

	@Test
	void everyResponseHasARequestIdAndAPlainOneFromTheProxyIsKept() {
		MvcTestResult login = this.mvc.get().uri("/login").exchange();
		assertThat(login.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(this.mvc.get().uri("/login").header("X-Request-Id", "4f2a9c0e11d84b7e9a6b3c2d1e0f9a8b").exchange())
			.headers()
			.hasValue("X-Request-Id", "4f2a9c0e11d84b7e9a6b3c2d1e0f9a8b");
		String forged = this.mvc.get()
			.uri("/login")
			.header("X-Request-Id", "x 2026-11-28 ERROR forged line {\"level\":\"ERROR\"}")
			.exchange()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(forged).matches("[0-9a-f]{32}");
	}

	@Test
	void eachLogLineWrittenDuringARequestCarriesItsId(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/today");
		request.addHeader("X-Request-Id", "req-3am-log");
		new RequestIdFilter().doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (req, res, chain) -> LoggerFactory.getLogger(OperationsTests.class).warn("logged a session")));
		assertThat(output.getOut()).containsPattern("\\[req-3am-log\\] .*logged a session");
		LoggerFactory.getLogger(OperationsTests.class).warn("outside any request");
		assertThat(output.getOut()).doesNotContainPattern("\\[req-3am-log\\] .*outside any request");
	}

}
