package app.relacta.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.mail.internet.MimeMessage;

import app.relacta.FreePorts;
import app.relacta.MutableClock;
import app.relacta.TestSmtp;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Language;
import app.relacta.account.Preferences;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly summary email, replayed over a parent's weeks with a test clock and an SMTP
 * server in the test (GreenMail): it goes on Monday from 08:00 in the parent's own time,
 * once a week whatever the number of looks (or instances), only to parents who asked for
 * it, and a mail server out of reach leaves the week to send at the next look.
 */
@SpringBootTest(properties = "relacta.summary.first-check=1000d")
@Import(MutableClock.Config.class)
class WeeklySummaryTests {

	private static final int SMTP_PORT = FreePorts.any();

	private static final ZoneId ZONE = ZoneId.of("America/New_York");

	/** A Monday. */
	private static final LocalDate WEEK = LocalDate.of(2026, 11, 9);

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server(SMTP_PORT);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestSmtp.use(registry, SMTP_PORT, "https://relacta.test");
	}

	@Autowired
	private WeeklySummaries summaries;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private Account parent;

	@BeforeEach
	void aParentWhoAskedForIt() {
		// Only this test's parent asks for it: the other tests' parents share the
		// database.
		this.jdbc.update("update account set weekly_summary = false");
		this.clock.set(at(WEEK, LocalTime.NOON));
		this.parent = TestAccounts.parent(this.accounts, ZONE.getId(), VolumeUnit.ML);
		this.accounts.updatePreferences(this.parent.getId(),
				new Preferences("Maya", ZONE.getId(), VolumeUnit.ML, null, null, null, true));
	}

	@Test
	void eachWeekGoesOnceOnMondayMorningInTheParentsTime() throws Exception {
		// A week of sessions: 8 a day, one at 02:00, 15 mL each; the last Sunday's is the
		// biggest, 40 mL.
		for (int day = 0; day < 7; day++) {
			for (int slot = 0; slot < 8; slot++) {
				LocalDateTime start = WEEK.plusDays(day).atTime(2 + slot * 3 - ((slot == 0) ? 0 : 1), 0);
				boolean biggest = day == 6 && slot == 7;
				this.clock.set(start.atZone(ZONE).toInstant().plusSeconds(3600));
				this.journal.log(this.parent.getId(), new SessionEntry(start, 20, SessionMethod.DOUBLE_PUMP, null, null,
						new BigDecimal(biggest ? "40" : "15"), false, false, false, false, null, null));
			}
		}
		Account quiet = TestAccounts.parent(this.accounts, ZONE.getId(), VolumeUnit.ML);

		// Monday 07:59 in New York (already 12:59 in London): not yet.
		this.clock.set(at(WEEK.plusWeeks(1), LocalTime.of(7, 59)));
		assertThat(this.summaries.sendDue()).isZero();
		this.clock.set(at(WEEK.plusWeeks(1), LocalTime.of(8, 0)));
		assertThat(this.summaries.sendDue()).isEqualTo(1);
		// A second look, or a second instance, sends nothing more.
		assertThat(this.summaries.sendDue()).isZero();
		this.clock.set(at(WEEK.plusWeeks(1).plusDays(3), LocalTime.NOON));
		assertThat(this.summaries.sendDue()).isZero();

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly(this.parent.getEmail());
		assertThat(email.getAllRecipients()).extracting(Object::toString).doesNotContain(quiet.getEmail());
		assertThat(email.getSubject()).isEqualTo("Your week with Relacta: 56 sessions");
		assertThat(GreenMailUtil.getBody(email)).contains("Hello Maya", "9 November to 15 November",
				"Sessions: 56, on 7 of 7 days", "Milk expressed: 865 mL (the week before: 0 mL)",
				"between 1 and 5 AM: 7 of 7", "Your biggest session: 40 mL", "https://relacta.test/progress");

		// The next Monday: a week with nothing logged gets a gentle note, not figures, in
		// the language she chose meanwhile.
		this.accounts.changeLanguage(this.parent.getId(), Language.ES);
		this.clock.set(at(WEEK.plusWeeks(2), LocalTime.of(9, 30)));
		assertThat(this.summaries.sendDue()).isEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
		MimeMessage second = smtp.getReceivedMessages()[1];
		assertThat(second.getSubject()).isEqualTo("Tu semana con Relacta");
		assertThat(GreenMailUtil.getBody(second)).contains("Hola, Maya", "del 16 de noviembre al 22 de noviembre");
	}

	@Test
	void aMailServerOutOfReachLeavesTheWeekForTheNextLook() throws Exception {
		this.clock.set(at(WEEK.plusWeeks(1), LocalTime.of(10, 0)));
		smtp.stop();
		assertThat(this.summaries.sendDue()).isZero();
		smtp.start();
		assertThat(this.summaries.sendDue()).isEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
	}

	@Test
	void aParentWhoSwitchesItOffGetsNoMore() {
		this.accounts.updatePreferences(this.parent.getId(),
				new Preferences("Maya", ZONE.getId(), VolumeUnit.ML, null, null, null, null));
		this.clock.set(at(WEEK.plusWeeks(1), LocalTime.of(10, 0)));
		assertThat(this.summaries.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, ZONE).toInstant();
	}

}
