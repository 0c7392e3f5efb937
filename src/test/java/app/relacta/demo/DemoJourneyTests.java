package app.relacta.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.plan.PlanService;
import app.relacta.progress.DailyProgress;
import app.relacta.progress.ProgressService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo journey reproduces the source article's diary, day by day, ending yesterday.
 */
@SpringBootTest(properties = "relacta.demo.enabled=true")
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class DemoJourneyTests {

	/** The diary's totals in mL by day (oz days at 29.5735 mL). */
	private static final Map<Integer, Double> DIARY_TOTALS = Map.ofEntries(Map.entry(4, 2.0), Map.entry(5, 15.0),
			Map.entry(6, 45.0), Map.entry(7, 95.0), Map.entry(8, 120.0), Map.entry(9, 147.87), Map.entry(12, 295.74),
			Map.entry(14, 369.67), Map.entry(17, 473.18), Map.entry(19, 591.47), Map.entry(20, 532.32),
			Map.entry(21, 561.9));

	@Autowired
	private AccountService accounts;

	@Autowired
	private ProgressService progress;

	@Autowired
	private PlanService plans;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DemoJourney demo;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void theDemoParentsJournalIsTheDiaryEndingYesterday() {
		assertThat(this.accounts.exists(DemoJourney.EMAIL)).isTrue();
		Account demo = demoAccount();
		// Day 21 is the day before the demo was made: by this context at the test clock's
		// 22 November, or earlier in the run by a browser test at the real date, on the
		// same
		// test database. Either way the plan starts on day 1.
		LocalDate day1 = this.plans.current(demo.getId()).startDate();
		assertThat(day1).isEqualTo(LocalDate.ofInstant(demo.getCreatedAt(), demo.getZone()).minusDays(21));
		List<DailyProgress> days = this.progress.daily(demo.getId(), day1, day1.plusDays(21));
		Map<Integer, DailyProgress> byDay = days.stream().collect(Collectors.toMap(DailyProgress::day, (d) -> d));

		DIARY_TOTALS.forEach((day, ml) -> assertThat(byDay.get(day).totalMl()).as("day %d", day).isEqualTo(ml));
		assertThat(byDay.get(1).sessions()).isEqualTo(8);
		assertThat(byDay.get(1).dropsOnlySessions()).isEqualTo(8);
		assertThat(byDay.get(1).totalMl()).isZero();
		assertThat(byDay.get(2).powerPumps()).isEqualTo(2);
		assertThat(byDay.get(3).powerPumps()).isEqualTo(1);
		assertThat(byDay.get(4).dropsOnlySessions()).isEqualTo(12);
		assertThat(byDay.get(21).powerPumps()).isEqualTo(1);
		LocalTime created = LocalTime.ofInstant(demo.getCreatedAt(), demo.getZone());
		long upToNow = Stream.of("03:00", "07:00", "10:00", "13:00", "16:00", "19:00", "21:00", "23:00")
			.map(LocalTime::parse)
			.filter((time) -> !time.plusMinutes(time.getHour() == 21 ? 60 : 20).isAfter(created))
			.count();
		assertThat(byDay.get(22).sessions()).as("today follows the diary's later pattern up to now").isEqualTo(upToNow);
		for (int day = 10; day <= 21; day++) {
			assertThat(byDay.get(day).totalMl()).as("day %d grows, then levels off", day).isGreaterThan(150);
		}
	}

	@Test
	void theDemoParentCanLogInWithTheDocumentedPassword() {
		assertThat(this.mvc.perform(formLogin().user(DemoJourney.EMAIL).password(DemoJourney.PASSWORD)))
			.hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/login")).bodyText().contains("demo@relacta.example", "relacta-demo");
	}

	@Test
	void theDemoConsultantHasTheDemoParentsConsentAndLeftANote() {
		assertThat(this.mvc.perform(formLogin().user(DemoJourney.CONSULTANT_EMAIL).password(DemoJourney.PASSWORD)))
			.hasRedirectedUrl("/");
		Account consultant = this.accounts.findByEmail(DemoJourney.CONSULTANT_EMAIL).orElseThrow();
		Account demo = demoAccount();
		assertThat(this.mvc.get().uri("/clients").with(user(TestAccounts.user(consultant)))).hasStatusOk()
			.bodyText()
			.contains("Demo parent");
		assertThat(this.mvc.get().uri("/").with(user(TestAccounts.user(demo)))).hasStatusOk()
			.bodyText()
			.contains("From your consultant", "Alex Rivera, IBCLC", "Any amount counts");
		assertThat(this.mvc.get().uri("/login")).bodyText().contains("consultant@relacta.example");
	}

	@Test
	void anotherInstanceStartingLaterLeavesTheDemoAsItWas() {
		Account demo = demoAccount();
		String counts = """
				select (select count(*) from logged_session where parent_id = ?)
				     + 1000 * (select count(*) from consultant_note where parent_id = ?)
				     + 100000 * (select count(*) from account where email in (?, ?))""";
		Long before = this.jdbc.queryForObject(counts, Long.class, demo.getId(), demo.getId(), DemoJourney.EMAIL,
				DemoJourney.CONSULTANT_EMAIL);
		this.demo.createOnFirstStart();
		assertThat(this.jdbc.queryForObject(counts, Long.class, demo.getId(), demo.getId(), DemoJourney.EMAIL,
				DemoJourney.CONSULTANT_EMAIL))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from app_setup where name = 'demo'", Long.class)).isOne();
	}

	/**
	 * Two instances starting at once on a slow machine: the second waits on the first's
	 * claim past a connection's lock timeout, waits again, and then starts without the
	 * demo twice (the cluster test once saw it fail to start instead).
	 */
	@Test
	void anInstanceWaitingOnAnotherInstancesClaimPastTheLockTimeoutWaitsAgain() throws Exception {
		Account demo = demoAccount();
		String counts = "select count(*) from logged_session where parent_id = ?";
		Long before = this.jdbc.queryForObject(counts, Long.class, demo.getId());
		java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
		Thread other = new Thread(() -> this.transactions.executeWithoutResult((status) -> {
			// Another instance's claim, held (uncommitted) longer than the lock timeout.
			this.jdbc.update("update app_setup set done_at = done_at where name = 'demo'");
			holding.countDown();
			sleep(java.time.Duration.ofSeconds(7));
			status.setRollbackOnly();
		}));
		other.start();
		holding.await();
		long started = System.nanoTime();
		this.demo.createOnFirstStart();
		other.join();
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("waited for the other instance")
			.isGreaterThan(java.time.Duration.ofSeconds(5));
		assertThat(this.jdbc.queryForObject(counts, Long.class, demo.getId())).isEqualTo(before);
	}

	private static void sleep(java.time.Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Account demoAccount() {
		return this.accounts.findByEmail(DemoJourney.EMAIL).orElseThrow();
	}

}
