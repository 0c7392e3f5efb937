package app.relacta.today;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import app.relacta.BrowserSupport;
import app.relacta.MutableClock;
import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 3 AM test at 3 AM (issue 27): a parent whose night session is overdue opens Today
 * in the dark. The page is dimmed for the night, says kindly how long ago the session was
 * due, and holds the timer and the quick log on the first screen; one number and one tap
 * log the session, which ends now.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
@Import(MutableClock.Config.class)
class NightBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anOverdueParentAtNightFindsWhatIsDueTheTimerAndTheQuickLogOnADimFirstScreen() {
		// London is on UTC in November: yesterday's sessions every 2 to 3 hours, the last
		// at 23:00; now it is 03:40, and the night's 4 hours have passed.
		this.clock.set(Instant.parse("2026-11-21T23:30:00Z"));
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		for (String start : new String[] { "06:00", "08:30", "11:00", "13:30", "16:00", "18:30", "21:00", "23:00" }) {
			this.journal.log(parent.getId(),
					new SessionEntry(LocalDateTime.parse("2026-11-21T" + start), 20, SessionMethod.DOUBLE_PUMP, null,
							null, new BigDecimal("25"), false, false, false, false, null, null));
		}
		this.clock.set(Instant.parse("2026-11-22T03:40:00Z"));

		logIn(parent.getEmail());
		open("/");
		assertThat(this.browser.executeScript("return document.documentElement.classList.contains('night')"))
			.as("dimmed for the night")
			.isEqualTo(true);
		assertThat(BrowserSupport.backgroundBrightness(this.browser)).as("a dark page at night").isLessThan(60);
		assertThat(text("[data-next-due]")).contains("ago");
		FirstScreen.assertHeld(this.browser, "68-today-first-screen-overdue-night-phone");

		byId("quick-total").sendKeys("18");
		navigate("#quick-save");
		assertThat(text("main")).contains("18 mL");
		Instant start = this.jdbc.queryForObject("select max(started_at) from logged_session where parent_id = ?",
				Instant.class, parent.getId());
		assertThat(start).as("the last session's 20 minutes, ending now")
			.isEqualTo(Instant.parse("2026-11-22T03:20:00Z"));
	}

}
