package app.relacta.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
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

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private LoginDevices devices;

	@Test
	void afterFiveTriesOnOneAccountEvenTheRightPasswordWaitsAndAnUnknownEmailIsAnsweredTheSame() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		for (int i = 0; i < 5; i++) {
			assertThat(login(parent.getEmail(), "not my password", randomAddress())).hasRedirectedUrl("/login?error");
			assertThat(login(unknown, "not my password", randomAddress())).hasRedirectedUrl("/login?error");
		}
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress()))
			.hasRedirectedUrl("/login?throttled");
		assertThat(login(unknown, "not my password", randomAddress())).hasRedirectedUrl("/login?throttled");
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText().contains("pausing for a few minutes");
	}

	/**
	 * Someone who knows a parent's email guesses from many addresses until the account is
	 * held off: the guesser waits, a browser new to the account waits, but the parent's
	 * own phone, which logged in before, logs in at once (OWASP's device cookies).
	 */
	@Test
	void guessesFromElsewhereNeverLockTheOwnerOutOfTheirOwnPhone() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		MvcTestResult first = login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress());
		assertThat(first).hasRedirectedUrl("/");
		Cookie device = first.getResponse().getCookie(LoginDevices.COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getValue()).doesNotContain(parent.getEmail()).doesNotContain("@");

		for (int i = 0; i < 8; i++) {
			login(parent.getEmail(), "guess " + i, randomAddress());
		}
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress()))
			.as("a browser that never logged in to the account")
			.hasRedirectedUrl("/login?throttled");
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress(), device)).as("the parent's phone")
			.hasRedirectedUrl("/");
		// The phone's cookie is for this account only, and cannot be forged or moved.
		Account other = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		for (int i = 0; i < 5; i++) {
			login(other.getEmail(), "guess " + i, randomAddress());
		}
		assertThat(login(other.getEmail(), TestAccounts.PASSWORD, randomAddress(), device))
			.hasRedirectedUrl("/login?throttled");
		String[] parts = device.getValue().split("\\.");
		Cookie forged = new Cookie(LoginDevices.COOKIE, "another-device." + parts[1] + "." + parts[2]);
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress(), forged))
			.hasRedirectedUrl("/login?throttled");
	}

	@Test
	void aScriptAskingForATokenIsHeldOffLikeTheLoginFormWithA429Problem() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		for (int i = 0; i < 4; i++) {
			assertThat(tokenRequest(parent.getEmail(), "not my password", randomAddress())).hasStatus(401);
		}
		// The login form and the API share the account's bucket.
		assertThat(login(parent.getEmail(), "not my password", randomAddress())).hasRedirectedUrl("/login?error");
		MvcTestResult held = tokenRequest(parent.getEmail(), TestAccounts.PASSWORD, randomAddress());
		assertThat(held).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "900");
		assertThat(held.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(held).bodyText().contains("wait a few minutes");
		Account other = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(tokenRequest(other.getEmail(), TestAccounts.PASSWORD, randomAddress())).hasStatus(201);
	}

	@Test
	void onlyFailedTriesCountSoTenTokensOrTenLoginsLockNoOneOut() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String address = randomAddress();
		for (int i = 0; i < 10; i++) {
			MvcTestResult made = tokenRequest(parent.getEmail(), TestAccounts.PASSWORD, address);
			assertThat(made).hasStatus(201);
			assertThat(made.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/settings/tokens#token-\\d+");
			assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, address)).hasRedirectedUrl("/");
		}
		// Failed tries still count, as before.
		for (int i = 0; i < 5; i++) {
			tokenRequest(parent.getEmail(), "not my password", randomAddress());
		}
		assertThat(tokenRequest(parent.getEmail(), TestAccounts.PASSWORD, randomAddress())).hasStatus(429);
	}

	private MvcTestResult tokenRequest(String email, String password, String address) {
		return this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	@Test
	void oneAddressTryingManyAccountsIsHeldOff() {
		String address = randomAddress();
		for (int i = 0; i < 12; i++) {
			assertThat(login("guess-" + i + "@example.com", "password guess", address))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(login("guess-13@example.com", "password guess", address)).hasRedirectedUrl("/login?throttled");
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		assertThat(login(parent.getEmail(), TestAccounts.PASSWORD, randomAddress())).hasRedirectedUrl("/");
	}

	@Test
	void twoInstancesShareTheirBucketsThroughTheDatabaseWhichKeepsNoEmail() throws Exception {
		LoginThrottle first = new LoginThrottle(this.jdbc, Clock.systemUTC(), this.devices, 4, Duration.ofMinutes(15),
				1000, Duration.ofMinutes(10));
		LoginThrottle second = new LoginThrottle(this.jdbc, Clock.systemUTC(), this.devices, 4, Duration.ofMinutes(15),
				1000, Duration.ofMinutes(10));
		String email = "shared-" + UUID.randomUUID() + "@example.com";
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(attempt((i % 2 == 0) ? first : second, email, randomAddress()));
		}
		assertThat(answers).containsExactly("checked", "checked", "checked", "checked", "/login?throttled",
				"/login?throttled");
		assertThat(this.jdbc.queryForList("select bucket_key from login_bucket", String.class))
			.contains(JdbcLoginBuckets.hash("account:" + email))
			.noneMatch((key) -> key.contains("@"));
		assertThat(new JdbcLoginBuckets(this.jdbc, Clock.offset(Clock.systemUTC(), Duration.ofDays(2)))
			.forgetOlderThan(LoginThrottle.FORGET_AFTER)).isPositive();
		assertThat(attempt(first, email, randomAddress())).as("a forgotten bucket is full again").isEqualTo("checked");
	}

	private static String attempt(LoginThrottle throttle, String email, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setParameter("username", email);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(request, response, chain);
		return (chain.getRequest() != null) ? "checked" : response.getRedirectedUrl();
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
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

	private MvcTestResult login(String email, String password, String address, Cookie... cookies) {
		return this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			if (cookies.length > 0) {
				request.setCookies(cookies);
			}
			return request;
		}).param("username", email).param("password", password).exchange();
	}

}
