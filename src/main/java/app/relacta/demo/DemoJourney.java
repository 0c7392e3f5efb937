package app.relacta.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Role;
import app.relacta.account.SignupForm;
import app.relacta.account.TimeZones;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyCheckForm;
import app.relacta.baby.BabyService;
import app.relacta.care.CareService;
import app.relacta.care.CommentForm;
import app.relacta.care.NoteForm;
import app.relacta.care.NoteService;
import app.relacta.journal.JournalComments;
import app.relacta.journal.JournalService;
import app.relacta.journal.LogSessionForm;
import app.relacta.journal.SessionMethod;
import app.relacta.plan.Goal;
import app.relacta.plan.LactationPath;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettingsForm;
import app.relacta.plan.SupplementKind;
import org.jspecify.annotations.Nullable;
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
import org.springframework.validation.BeanPropertyBindingResult;

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

	private static final BigDecimal OZ = VolumeUnit.OZ.millilitresPerUnit();

	private static final BigDecimal HALF_ML = new BigDecimal("0.5");

	private final AccountService accounts;

	private final JournalService journal;

	private final PlanService plans;

	private final CareService care;

	private final NoteService notes;

	private final JournalComments comments;

	private final DemoClients clients;

	private final BabyService baby;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoJourney(AccountService accounts, JournalService journal, PlanService plans, CareService care, NoteService notes,
			JournalComments comments, DemoClients clients, BabyService baby, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.journal = journal;
		this.plans = plans;
		this.care = care;
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
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.update("insert into app_setup (name, done_at) values ('demo', ?)",
						Timestamp.from(this.clock.instant()));
				createParent();
				createConsultant();
			});
		}
		catch (DuplicateKeyException ex) {
			logger.info("The demo was created by another instance");
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
		SignupForm signup = new SignupForm(CONSULTANT_EMAIL, PASSWORD, "Alex Rivera", zone.getId(), VolumeUnit.ML,
				Role.CONSULTANT, "IBCLC", "Relacta demo practice");
		Optional<Account> consultant = this.accounts.signUp(signup, new BeanPropertyBindingResult(signup, "form"));
		if (consultant.isEmpty()) {
			return;
		}
		long parentId = parent.get().getId();
		long consultantId = consultant.get().getId();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(this, "invite");
		this.care.inviteWithCode(parentId, errors).ifPresent((code) -> this.care.acceptCode(consultantId, code));
		NoteForm note = new NoteForm();
		note.setBody("What a three weeks. Your nights at 4-hour gaps and the evening power pump are doing "
				+ "their job: about 20 oz a day now. Keep the 1-5 AM session while your supply settles, "
				+ "and rest whenever you can. Any amount counts, and you have made so much.");
		this.notes.leave(consultantId, parentId, note);
		LocalDate yesterday = LocalDate.now(this.clock.withZone(zone)).minusDays(1);
		CommentForm comment = new CommentForm();
		comment.setDate(yesterday);
		comment.setBody("Steady at about 19 oz, right where the diary levels off. A plateau like this is normal.");
		this.comments.post(consultantId, parentId, comment);
		this.clients.create(consultantId, zone);
		logger.info("Created the demo consultant {} (password {}), who has the demo parent's consent", CONSULTANT_EMAIL,
				PASSWORD);
	}

	private void createParent() {
		if (this.accounts.exists(EMAIL)) {
			return;
		}
		ZoneId zone = TimeZones.parse(ZoneId.systemDefault().getId()).orElse(ZoneId.of("UTC"));
		SignupForm signup = new SignupForm(EMAIL, PASSWORD, "Demo parent", zone.getId(), VolumeUnit.ML);
		Optional<Account> created = this.accounts.signUp(signup, new BeanPropertyBindingResult(signup, "form"));
		if (created.isEmpty()) {
			return;
		}
		long parentId = created.get().getId();
		LocalDate day1 = LocalDate.now(this.clock.withZone(zone)).minusDays(21);
		PlanSettingsForm plan = planSettings(day1);
		this.plans.save(parentId, parentId, plan, new BeanPropertyBindingResult(plan, "plan"));
		int logged = 0;
		for (DiaryDay day : diary()) {
			LocalDate date = day1.plusDays(day.number() - 1);
			for (DiarySession session : day.sessions()) {
				LogSessionForm form = session.form(date);
				BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
				if (this.journal.log(parentId, form, errors).isPresent()) {
					logged++;
				}
				else {
					logger.warn("Demo session on {} not logged: {}", date, errors.getAllErrors());
				}
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
		for (DiarySession session : sessions(LATER_PATTERN, null, Map.of(), null)) {
			DiarySession measured = new DiarySession(session.time(), session.powerPump(), session.hands(), share, null);
			LogSessionForm form = measured.form(now.toLocalDate());
			if (form.getStartedAt() != null
					&& !form.getStartedAt().plusMinutes(form.getDurationMinutes()).isAfter(now)) {
				logged += this.journal.log(parentId, form, new BeanPropertyBindingResult(form, "form")).isPresent() ? 1
						: 0;
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
	private void babyChecks(long parentId, LocalDate day1) {
		for (int day = 1; day <= 21; day++) {
			BabyCheckForm check = this.baby.form(parentId, day1.plusDays(day - 1));
			check.setWetDiapers((day % 3 == 0) ? 8 : 7);
			if (day % 7 == 1) {
				check.setWeight(BigDecimal.valueOf(7450 + 10 * (day - 1)));
			}
			check.setSupplementVolume(new BigDecimal(demoSupplement(day)));
			this.baby.save(parentId, check, new BeanPropertyBindingResult(check, "form"));
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

	/** The diary's pattern from day 10 on, for each later day. */
	private static final String LATER_PATTERN = "03:00H 07:00H 10:00H 13:00H 16:00H 19:00H 21:00PH 23:00H";

	private static PlanSettingsForm planSettings(LocalDate day1) {
		PlanSettingsForm form = new PlanSettingsForm();
		form.setPath(LactationPath.RELACTATION);
		// "It had been a month of not breastfeeding"; the baby was 6 months old.
		form.setLastExpressed(day1.minusDays(35));
		form.setStartDate(day1);
		form.setBabyBirthDate(day1.minusMonths(6));
		form.setBabyLatches(false);
		form.setSupplementKind(SupplementKind.FORMULA);
		form.setSupplementVolume(new BigDecimal(DEMO_SUPPLEMENT_ML));
		// The diary's full supply: "about 20 oz of milk per day ... just the right
		// amount".
		form.setGoal(Goal.DAILY_VOLUME);
		form.setGoalVolume(new BigDecimal("20").multiply(OZ).setScale(0, RoundingMode.HALF_UP));
		return form;
	}

	/**
	 * The diary of shared/sources/relactating-and-inducing-lactation-8-steps.txt, day by
	 * day: the times it describes, and its totals (the days it gives no total for are the
	 * steps in between its numbers).
	 */
	static List<DiaryDay> diary() {
		List<DiaryDay> days = new ArrayList<>();
		days.add(day(1, null, "Started at 3 PM: hourly, then every 2.5 hours overnight. A few sticky yellow drops.",
				"15:00 16:00 17:00 18:00 19:00 20:00 21:00 22:30"));
		days.add(day(2, null, "3 to 10 sticky drops a session, a little whiter than yesterday. Two power pumps.",
				"01:00 03:30 06:00 08:30 10:00 11:30P 13:00 14:30 16:00 17:30P 19:00 20:30 22:00"));
		days.add(day(3, null, "10 to 15 drops each time. Not a lot, but progress!",
				"01:00 04:00 07:00 08:30 10:00 12:00 13:30P 15:30 17:00 19:00 21:00 23:00"));
		days.add(day(4, Map.of("14:30", new BigDecimal("2")),
				"Hand expressing before and after now. A letdown in my left breast, and 2 mL in one session!",
				"02:00H 05:00H 07:00H 08:30H 10:00H 11:30H 13:00H 14:30H 16:00H 17:30H 19:00H 20:30H 22:00H"));
		days.add(measured(5, "15", Map.of(), "Every 2 to 3 hours. 15 mL in all today!",
				"01:00H 04:00H 07:00H 09:30H 12:00H 14:30H 17:00H 19:30H 22:00H"));
		days.add(measured(6, "45", Map.of("20:00", new BigDecimal("15")),
				"Every 3 hours by day, 4 at night. 15 mL at 8 PM!",
				"02:00H 06:00H 09:00H 12:00H 15:00H 18:00H 20:00H 22:00H"));
		days.add(measured(7, "95", Map.of("08:00", new BigDecimal("20"), "12:00", new BigDecimal("15")),
				"20 mL at 8 AM, 15 mL at noon, then every 2 hours.",
				"02:00H 08:00H 12:00H 14:00H 16:00H 18:00H 20:00H 22:00H"));
		days.add(measured(8, "120", Map.of(), "At least every 3 hours. 4 oz today!",
				"02:00H 05:00H 08:00H 11:00H 14:00H 17:00H 20:00H 23:00H"));
		days.add(ounces(9, "5", "Every 4 hours or more often, a power pump in the evening.",
				"03:00H 07:00H 10:00H 13:00H 16:00H 19:00PH 22:00H"));
		String[] ounces = { "6.5", "8.5", "10", "11.25", "12.5", "13.75", "15", "16", "18", "20", "18", "19" };
		for (int day = 10; day <= 21; day++) {
			days.add(ounces(day, ounces[day - 10],
					(day == 10) ? "Every 1 to 4 hours by day, 4 at night, a power pump every night before bed." : null,
					LATER_PATTERN));
		}
		return days;
	}

	private static DiaryDay day(int number, @Nullable Map<String, BigDecimal> volumes, String note, String times) {
		return new DiaryDay(number, sessions(times, null, (volumes != null) ? volumes : Map.of(), note));
	}

	private static DiaryDay measured(int number, String totalMl, Map<String, BigDecimal> fixed, String note,
			String times) {
		return new DiaryDay(number, sessions(times, new BigDecimal(totalMl), fixed, note));
	}

	private static DiaryDay ounces(int number, String oz, @Nullable String note, String times) {
		BigDecimal ml = new BigDecimal(oz).multiply(OZ).setScale(2, RoundingMode.HALF_UP);
		return new DiaryDay(number, sessions(times, ml, Map.of(), note));
	}

	/**
	 * Sessions at the given times ("19:00PH": power pump, hand expression); a day total
	 * is spread evenly over the sessions not fixed, in half millilitres, the last taking
	 * the rest so that the day adds up exactly. Without a total, sessions are drops only.
	 */
	private static List<DiarySession> sessions(String times, @Nullable BigDecimal totalMl,
			Map<String, BigDecimal> fixed, @Nullable String note) {
		String[] parts = times.split(" ");
		BigDecimal fixedSum = fixed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int free = parts.length - fixed.size();
		BigDecimal share = (totalMl != null && free > 0) ? totalMl.subtract(fixedSum)
			.divide(BigDecimal.valueOf(free), 0, RoundingMode.DOWN)
			.divide(HALF_ML, 0, RoundingMode.DOWN)
			.multiply(HALF_ML) : BigDecimal.ZERO;
		List<DiarySession> sessions = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		int lastFree = -1;
		for (int i = 0; i < parts.length; i++) {
			if (!fixed.containsKey(parts[i].substring(0, 5))) {
				lastFree = i;
			}
		}
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			String time = part.substring(0, 5);
			BigDecimal volume = fixed.get(time);
			if (volume == null && totalMl != null) {
				volume = (i == lastFree) ? null : share;
			}
			sessions.add(new DiarySession(LocalTime.parse(time), part.contains("P"), part.contains("H"), volume,
					(i == 0) ? note : null));
			if (volume != null) {
				sum = sum.add(volume);
			}
		}
		if (totalMl != null && lastFree >= 0) {
			DiarySession last = sessions.get(lastFree);
			sessions.set(lastFree,
					new DiarySession(last.time(), last.powerPump(), last.hands(), totalMl.subtract(sum), last.note()));
		}
		return sessions;
	}

	record DiaryDay(int number, List<DiarySession> sessions) {

	}

	record DiarySession(LocalTime time, boolean powerPump, boolean hands, @Nullable BigDecimal volumeMl,
			@Nullable String note) {

		LogSessionForm form(LocalDate date) {
			LogSessionForm form = new LogSessionForm();
			form.setStartedAt(LocalDateTime.of(date, this.time));
			form.setDurationMinutes(this.powerPump ? 60 : 20);
			form.setMethod(SessionMethod.DOUBLE_PUMP);
			form.setTotalVolume(this.volumeMl);
			form.setDropsOnly(this.volumeMl == null || this.volumeMl.signum() == 0);
			if (form.isDropsOnly()) {
				form.setTotalVolume(null);
			}
			form.setPowerPump(this.powerPump);
			form.setHandExpression(this.hands);
			form.setMassage(this.hands);
			form.setNotes(this.note);
			return form;
		}

	}

}
