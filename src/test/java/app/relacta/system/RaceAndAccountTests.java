package app.relacta.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Races and accounts, as the outside probe found them (issue 11): posts that arrive at
 * the same moment, sign-ups with one email at once, passwords bcrypt cannot read whole,
 * common passwords and names that show nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class RaceAndAccountTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void now() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
	}

	@Test
	void sixIdenticalPostsAtOnceStoreOneSession() throws Exception {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		List<MvcTestResult> results = atOnce(6, () -> TestRequests.post(this.mvc, parent, "/journal", "startedAt",
				"2026-11-22T08:00", "durationMinutes", "20", "method", "DOUBLE_PUMP", "totalVolume", "30"));
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 302).hasSize(1);
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 200)
			.hasSize(5)
			.allSatisfy((r) -> assertThat(body(r)).contains("This overlaps a session you already logged"));
		String journal = body(this.mvc.get().uri("/journal").with(user(parent)).exchange());
		assertThat(journal.split("id=\"session-", -1)).hasSize(2);
	}

	@Test
	void twoBabyChecksForOneDayAtOnceAreOneCheck() throws Exception {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		List<MvcTestResult> results = atOnce(4,
				() -> TestRequests.post(this.mvc, parent, "/baby", "date", "2026-11-21", "wetDiapers", "7"));
		assertThat(results).allSatisfy((r) -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
	}

	@Test
	void eightSignUpsWithOneEmailAtOnceMakeOneAccountAndTheOthersHearItIsTaken() throws Exception {
		String email = "race-" + UUID.randomUUID() + "@example.com";
		List<MvcTestResult> results = atOnce(8,
				() -> this.mvc.post()
					.uri("/signup")
					.with(csrf())
					.param("email", email)
					.param("password", "a sentence of my own")
					.param("displayName", "Racer")
					.param("timeZone", "Europe/London")
					.param("unit", "ML")
					.exchange());
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 302).hasSize(1);
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 200)
			.hasSize(7)
			.allSatisfy((r) -> assertThat(body(r)).contains("There is already an account with this email"));
	}

	@Test
	void aPasswordBcryptCannotReadWholeIsAMessageNeverAnError() {
		String longOne = "é".repeat(40);
		assertThat(signUp(longOne, "Long")).hasStatusOk().bodyText().contains("a little too long for us to store");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "nobody@example.com")
			.param("password", "x".repeat(100))).hasRedirectedUrl("/login?error");
	}

	@Test
	void aCommonPasswordIsRefused() {
		assertThat(signUp("Password123", "Common")).hasStatusOk().bodyText().contains("one of the most common");
	}

	@Test
	void aNameThatShowsNothingIsRefusedAndInvisibleCharactersAreDropped() {
		assertThat(signUp("a sentence of my own", "\u200B\u200E\u00A0\u202E")).hasStatusOk()
			.bodyText()
			.contains("Please use letters or signs we can show");
		assertThat(signUp("a sentence of my own", "Sam\u200B\u00A0\u00A0Lee\u202E")).hasStatus3xxRedirection();
	}

	private MvcTestResult signUp(String password, String name) {
		return this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", "account-" + UUID.randomUUID() + "@example.com")
			.param("password", password)
			.param("displayName", name)
			.param("timeZone", "Europe/London")
			.param("unit", "ML")
			.exchange();
	}

	private static List<MvcTestResult> atOnce(int count, Callable<MvcTestResult> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<MvcTestResult>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return request.call();
				}));
			}
			ready.await();
			go.countDown();
			List<MvcTestResult> results = new ArrayList<>();
			for (Future<MvcTestResult> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
