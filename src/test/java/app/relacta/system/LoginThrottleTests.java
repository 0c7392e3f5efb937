package app.relacta.system;

import java.util.UUID;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Password guessing is held off per account and per address, and the answers never tell
 * which emails have accounts; a database out of reach is never called a wrong password.
 */
@SpringBootTest(properties = { "relacta.login.attempts-per-account=5", "relacta.login.attempts-per-address=12" })
@AutoConfigureMockMvc
class LoginThrottleTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void afterFiveTriesOnOneAccountEvenTheRightPasswordWaitsAndAnUnknownEmailIsAnsweredTheSame() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		for (int i = 0; i < 5; i++) {
			assertThat(login(parent.getEmail(), "not my password", "10.0.0.1")).hasRedirectedUrl("/login?error");
			assertThat(login(unknown, "not my password", "10.0.0.2")).hasRedirectedUrl("/login?error");
		}
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, "10.0.0.3")).hasRedirectedUrl("/login?throttled");
		assertThat(login(unknown, "not my password", "10.0.0.4")).hasRedirectedUrl("/login?throttled");
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText().contains("pausing for a few minutes");
	}

	@Test
	void oneAddressTryingManyAccountsIsHeldOff() {
		for (int i = 0; i < 12; i++) {
			assertThat(login("guess-" + i + "@example.com", "password guess", "10.0.9.9"))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(login("guess-13@example.com", "password guess", "10.0.9.9")).hasRedirectedUrl("/login?throttled");
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, "10.0.9.10")).hasRedirectedUrl("/");
	}

	@Test
	void aDatabaseOutOfReachIsNotAWrongPassword() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setParameter("username", "sam@example.com");
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityConfiguration.loginFailed(request, response, new InternalAuthenticationServiceException("down",
				new DataAccessResourceFailureException("connection refused")));
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
		MockHttpServletResponse wrong = new MockHttpServletResponse();
		SecurityConfiguration.loginFailed(request, wrong, new BadCredentialsException("bad"));
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.mvc.get().uri("/login?unavailable")).bodyText()
			.contains("could not be checked")
			.doesNotContain("do not match");
	}

	private MvcTestResult login(String email, String password, String address) {
		return this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", email).param("password", password).exchange();
	}

}
