package app.relacta.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Role;
import app.relacta.account.SignUp;
import app.relacta.account.TimeZones;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyDayEntry;
import app.relacta.baby.BabyService;
import app.relacta.care.InvitationService;
import app.relacta.care.NoteService;
import app.relacta.journal.JournalComments;
import app.relacta.journal.JournalService;
import app.relacta.journal.OverlappingSessionException;
import app.relacta.journal.SessionEntry;
import app.relacta.plan.Goal;
import app.relacta.plan.LactationPath;
import app.relacta.plan.PlanChoices;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import app.relacta.plan.SupplementKind;
import app.relacta.system.InvalidInput;
import app.relacta.system.LockWaits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo journey: on a first start of the embedded default, a demo parent whose journal
 * replays the 21-day relactation diary of the source article (drops from 3 PM on day 1, 2
 * mL on day 4, 95 mL on day 7, about 20 oz a day from day 19), ending yesterday.
 * Everything goes through the services, so the demo obeys the same rules as a parent.
 */
@Component
@ConditionalOnBooleanProperty("relacta.demo.enabled")
class DemoJourney {

	static final String EMAIL = "demo@relacta.example";

	static final String PASSWORD = "relacta-demo";

	static final String CONSULTANT_EMAIL = "consultant@relacta.example";

	private static final Logger logger = LoggerFactory.getLogger(DemoJourney.class);

	/**
	 * Waits on another instance's claim, each up to the lock timeout (5 s): two minutes.
	 */
	private static final int CLAIM_ATTEMPTS = 24;

	private static final BigDecimal OZ = VolumeUnit.OZ.millilitresPerUnit();

	private final AccountService accounts;

	private final JournalService journal;

	private final PlanService plans;

	private final InvitationService invitations;

	private final NoteService notes;

	private final JournalComments comments;

	private final DemoClients clients;

	private final BabyService baby;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoJourney(AccountService accounts, JournalService journal, PlanService plans, InvitationService invitations,
			NoteService notes, JournalComments comments, DemoClients clients, BabyService baby, Clock clock,
			JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.journal = journal;
		this.plans = plans;
		this.invitations = invitations;
		this.notes = notes;
		this.comments = comments;
		this.clients = clients;
		this.baby = baby;
		this.clock = clock;
	}

	/**
	 * Creates the demo once, whichever instance starts first: the whole demo is one
	 * transaction that begins by claiming the "demo" row of {@code app_setup}. An
	 * instance starting at the same moment waits on that row, then finds it taken and
	 * skips; if the first fails half-way, its claim is rolled back with the rest.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void createOnFirstStart() {
		// The wait on the claim can outlast a connection's lock timeout while another
		// instance creates the demo on a slow machine: wait again rather than fail to
		// start.
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.jdbc.update("insert into app_setup (name, done_at) values ('demo', ?)",
							Timestamp.from(this.clock.instant()));
					createParent();
					createConsultant();
				});
				return;
			}
			catch (DuplicateKeyException ex) {
				logger.info("The demo was created by another instance");
				return;
			}
			catch (RuntimeException ex) {
				if (!LockWaits.timedOut(ex) || attempt == CLAIM_ATTEMPTS) {
					throw ex;
				}
				logger.info("Another instance is creating the demo; waiting for it");
			}
		}
	}

	/**
	 * The demo consultant, with the demo parent's consent given the way a parent gives it
	 * (an invitation code, accepted), a note on the parent's Today page and a comment on
	 * the diary's day 21.
	 */
	private void createConsultant() {
		Optional<Account> parent = this.accounts.findByEmail(EMAIL);
		if (parent.isEmpty() || this.accounts.exists(CONSULTANT_EMAIL)) {
			return;
		}
		ZoneId zone = parent.get().getZone();
		SignUp signup = new SignUp(CONSULTANT_EMAIL, PASSWORD, "Alex Rivera", zone.getId(), VolumeUnit.ML,
				Role.CONSULTANT, "IBCLC", "Relacta demo practice");
		long parentId = parent.get().getId();
		long consultantId = this.accounts.createDemoAccount(signup).getId();
		this.invitations.acceptCode(consultantId, this.invitations.inviteWithCode(parentId));
		this.notes.leave(consultantId, parentId,
				"What a three weeks. Your nights at 4-hour gaps and the evening power pump are doing "
						+ "their job: about 20 oz a day now. Keep the 1-5 AM session while your supply settles, "
						+ "and rest whenever you can. Any amount counts, and you have made so much.");
		LocalDate yesterday = LocalDate.now(this.clock.withZone(zone)).minusDays(1);
		this.comments.post(consultantId, parentId, yesterday, null,
				"Steady at about 19 oz, right where the diary levels off. A plateau like this is normal.");
		this.clients.create(consultantId, zone);
		logger.info("Created the demo consultant {} (password {}), who has the demo parent's consent", CONSULTANT_EMAIL,
				PASSWORD);
	}

	private void createParent() {
		if (this.accounts.exists(EMAIL)) {
			return;
		}
		ZoneId zone = TimeZones.parse(ZoneId.systemDefault().getId()).orElse(ZoneId.of("UTC"));
		SignUp signup = new SignUp(EMAIL, PASSWORD, "Demo parent", zone.getId(), VolumeUnit.ML);
		long parentId = this.accounts.createDemoAccount(signup).getId();
		LocalDate day1 = LocalDate.now(this.clock.withZone(zone)).minusDays(21);
		this.plans.save(parentId, parentId, planChoices(day1));
		int logged = 0;
		for (Diary.DiaryDay day : Diary.diary()) {
			LocalDate date = day1.plusDays(day.number() - 1);
			for (Diary.DiarySession session : day.sessions()) {
				logged += log(parentId, session.entry(date));
			}
		}
		logged += logToday(parentId, zone);
		babyChecks(parentId, day1);
		logger.info("Created the demo parent {} (password {}) with {} sessions from {}", EMAIL, PASSWORD, logged, day1);
	}

	/**
	 * Today, day 22, follows the diary's later pattern up to now ("then steady at about
	 * 20 oz a day"), so the Today page opens at a sensible point of the day.
	 */
	private int logToday(long parentId, ZoneId zone) {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(zone));
		BigDecimal share = new BigDecimal("19").multiply(OZ).divide(BigDecimal.valueOf(8), 0, RoundingMode.HALF_UP);
		int logged = 0;
		for (Diary.DiarySession session : Diary.sessions(Diary.LATER_PATTERN, null, Map.of(), null)) {
			Diary.DiarySession measured = new Diary.DiarySession(session.time(), session.powerPump(), session.hands(),
					share, null);
			SessionEntry entry = measured.entry(now.toLocalDate());
			if (!entry.startedAt().plusMinutes(entry.durationMinutes()).isAfter(now)) {
				logged += log(parentId, entry);
			}
		}
		return logged;
	}

	/**
	 * The baby's checks: wet diapers every day, a weight each week (a 6-month-old gaining
	 * about 70 g a week, R14), and the formula given each day, reduced by R12 as the milk
	 * came in: 30 mL less on day 10, 13 and 16, then every 2 days; the next cut is open
	 * today, if the checks stay fine.
	 */
	/**
	 * 1 when the diary's session is logged; 0, with a warning, when the journal refuses
	 * it.
	 */
	private int log(long parentId, SessionEntry entry) {
		try {
			this.journal.log(parentId, entry);
			return 1;
		}
		catch (InvalidInput | OverlappingSessionException ex) {
			logger.warn("Demo session at {} not logged: {}", entry.startedAt(), ex.getMessage());
			return 0;
		}
	}

	private void babyChecks(long parentId, LocalDate day1) {
		for (int day = 1; day <= 21; day++) {
			BigDecimal grams = (day % 7 == 1) ? BigDecimal.valueOf(7450 + 10 * (day - 1)) : null;
			this.baby.save(parentId, BabyDayEntry.metric(day1.plusDays(day - 1), (day % 3 == 0) ? 8 : 7, grams,
					new BigDecimal(demoSupplement(day))));
		}
	}

	/** R12's schedule from day 10: 300, then 270, 240, 210, 180 and 150 mL a day. */
	static int demoSupplement(int day) {
		int[] cutDays = { 10, 13, 16, 18, 20 };
		int given = DEMO_SUPPLEMENT_ML;
		for (int cut : cutDays) {
			if (day >= cut) {
				given -= 30;
			}
		}
		return given;
	}

	/** The formula the diary's 6-month-old had a day before the milk came in. */
	static final int DEMO_SUPPLEMENT_ML = 300;

	private static PlanChoices planChoices(LocalDate day1) {
		PlanSettings defaults = PlanSettings.defaults(day1);
		// "It had been a month of not breastfeeding"; the baby was 6 months old. The
		// diary's full supply: "about 20 oz of milk per day ... just the right amount".
		return new PlanChoices(LactationPath.RELACTATION, day1.minusDays(35), day1, day1.minusMonths(6), false,
				new BigDecimal(DEMO_SUPPLEMENT_ML), SupplementKind.FORMULA, Goal.DAILY_VOLUME,
				new BigDecimal("20").multiply(OZ).setScale(0, RoundingMode.HALF_UP), defaults.nightStart(),
				defaults.nightEnd(), defaults.targetSessions(), defaults.fastTrack(), defaults.powerPumpsPerDay());
	}

}
