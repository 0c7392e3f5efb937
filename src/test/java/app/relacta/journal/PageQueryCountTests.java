package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The journal, Today and progress pages run the same few SQL statements whether the log
 * holds a handful of sessions or months of them: counted with Hibernate's statistics.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class PageQueryCountTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private LoggedSessionRepository sessions;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private MutableClock clock;

	@Autowired
	private InvitationService invitations;

	@Test
	void theJournalPageDoesABoundedNumberOfQueriesWhateverTheLogsLength() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		SignedInUser shortLog = parentWithSessions(3);
		SignedInUser longLog = parentWithSessions(12 * 120);

		long shortLogStatements = statementsFor(shortLog, "/journal");
		long longLogStatements = statementsFor(longLog, "/journal");
		long olderPageStatements = statementsFor(longLog, "/journal?until=2026-09-01");

		// Sessions, day totals, moments of closeness, the older page, comments: flat.
		assertThat(shortLogStatements).isBetween(1L, 6L);
		assertThat(longLogStatements).isEqualTo(shortLogStatements);
		assertThat(olderPageStatements).isEqualTo(shortLogStatements);
	}

	@Test
	void theTodayPageDoesABoundedNumberOfQueriesWhateverTheLogsLength() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		SignedInUser shortLog = parentWithSessions(3);
		SignedInUser longLog = parentWithSessions(12 * 120);

		long shortLogStatements = statementsFor(shortLog, "/");
		long longLogStatements = statementsFor(longLog, "/");

		// The plan, sessions, totals, baby checks, the timer, moments, mood, medicines.
		assertThat(shortLogStatements).isBetween(1L, 13L);
		assertThat(longLogStatements).isEqualTo(shortLogStatements);
	}

	@Test
	void aYearOfDailyFiguresTakesTheSameQueriesAsAFewDays() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		SignedInUser shortLog = parentWithSessions(3);
		SignedInUser longLog = parentWithSessions(12 * 365);
		String year = "/progress/daily.json?from=2025-11-23&to=2026-11-22";

		long shortLogStatements = statementsFor(shortLog, year);
		long longLogStatements = statementsFor(longLog, year);

		assertThat(shortLogStatements).isBetween(1L, 5L);
		assertThat(longLogStatements).isEqualTo(shortLogStatements);
		for (String range : new String[] { "14", "90", "all" }) {
			long shortPage = statementsFor(shortLog, "/progress?range=" + range);
			assertThat(shortPage).as("/progress?range=%s", range).isBetween(1L, 10L);
			assertThat(statementsFor(longLog, "/progress?range=" + range)).as("/progress?range=%s", range)
				.isEqualTo(shortPage);
		}
	}

	@Test
	void theClientListDoesTheSameQueriesForOneClientWithADayAsForSixWithMonths() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		Account oneClient = TestAccounts.consultant(this.accounts, "One client");
		SignedInUser shortLog = parentWithSessions(3);
		TestCare.share(this.invitations, this.accounts.get(shortLog.accountId()), oneClient);
		Account sixClients = TestAccounts.consultant(this.accounts, "Six clients");
		SignedInUser longLog = null;
		for (int i = 0; i < 6; i++) {
			longLog = parentWithSessions(12 * 90);
			TestCare.share(this.invitations, this.accounts.get(longLog.accountId()), sixClients);
		}

		long few = statementsFor(TestAccounts.user(oneClient), "/clients");
		long many = statementsFor(TestAccounts.user(sixClients), "/clients");

		System.out.printf("/clients: %d SQL statements for 1 client with 3 sessions and for 6 with 1,080 each%n", few);
		assertThat(few).isBetween(1L, 12L);
		assertThat(many).isEqualTo(few);
		for (String page : new String[] { "", "/journal", "/progress", "/plan" }) {
			long shortPage = statementsFor(TestAccounts.user(oneClient), "/clients/" + shortLog.accountId() + page);
			assertThat(statementsFor(TestAccounts.user(sixClients), "/clients/" + longLog.accountId() + page))
				.as("/clients/{id}%s", page)
				.isEqualTo(shortPage);
		}
	}

	private long statementsFor(SignedInUser parent, String uri) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri).with(user(parent))).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	/**
	 * A parent with {@code count} sessions, twelve a day, two hours apart, back from
	 * today.
	 */
	private SignedInUser parentWithSessions(int count) {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		Instant now = this.clock.instant();
		List<LoggedSession> log = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Instant start = now.minus(Duration.ofHours(2L * i));
			log.add(new LoggedSession(parent.accountId(), new SessionData(start, LONDON, 20, SessionMethod.DOUBLE_PUMP,
					null, null, new BigDecimal("15"), false, false, true, true, null), now));
		}
		this.sessions.saveAll(log);
		return parent;
	}

}
