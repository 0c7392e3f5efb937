package app.relacta.reminders;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Language;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.PlanAdjustment;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import app.relacta.today.TodayService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Reminders replayed over a parent's day with a test clock and a push service in the test
 * that checks the VAPID signature and decrypts each message as a browser would: one
 * reminder at the plan's next due time after each session, none early, none twice (even
 * from two instances at once), none in a device's quiet hours, none hours late, and a
 * device the push service no longer knows is forgotten.
 */
@SpringBootTest(properties = { "relacta.push.local-http=true", "relacta.reminders.first-check=1000d" })
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ReminderTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static FakePushService push;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private Reminders reminders;

	@Autowired
	private TodayService today;

	@Autowired
	private PushKeys keys;

	@Autowired
	private PlanService plans;

	@Autowired
	private JdbcTemplate jdbc;

	private Account parent;

	private SignedInUser who;

	@BeforeAll
	static void pushService() throws Exception {
		push = new FakePushService();
	}

	@AfterAll
	static void stopPushService() {
		push.close();
	}

	@BeforeEach
	void aParentWithRemindersOnHerPhone() {
		// Only this test's reminders: other tests' parents share the database.
		this.jdbc.update("delete from push_reminder");
		this.clock.set(Instant.parse("2026-11-22T09:00:00Z"));
		this.parent = TestAccounts.parent(this.accounts, LONDON.getId(), VolumeUnit.ML);
		this.who = TestAccounts.user(this.parent);
		push.clear();
	}

	@Test
	void aReminderComesOnceAtThePlansNextDueTime() {
		FakePushService.Browser phone = push.subscribe("phone-" + this.parent.getId());
		assertThat(subscribe(phone, "My phone", "", "")).hasStatus3xxRedirection();
		assertThat(page()).contains("My phone", "No reminder sent yet", "No quiet hours");

		TestRequests.logSession(this.mvc, this.who, "2026-11-22T08:40");
		ZonedDateTime due = this.today.next(this.parent.getId()).due();
		assertThat(due).as("the plan's next due time").isNotNull().isAfter(this.clock.instant().atZone(LONDON));
		assertThat(dueInDatabase()).isEqualTo(due.toInstant());

		// Her consultant asks for 12 sessions a day: the next one comes sooner.
		PlanSettings settings = this.plans.current(this.parent.getId());
		this.plans.adjust(this.parent.getId(), TestAccounts.consultant(this.accounts, "Ada").getId(),
				new PlanAdjustment(12, settings.nightStart(), settings.nightEnd(), settings.powerPumpsPerDay()));
		ZonedDateTime sooner = this.today.next(this.parent.getId()).due();
		assertThat(sooner).isBefore(due);
		assertThat(dueInDatabase()).isEqualTo(sooner.toInstant());
		due = sooner;

		this.clock.set(due.toInstant().minusSeconds(60));
		assertThat(this.reminders.sendDue()).as("a minute early").isZero();
		assertThat(push.received()).isEmpty();

		this.clock.set(due.toInstant().plusSeconds(20));
		assertThat(this.reminders.sendDue()).isEqualTo(1);
		List<FakePushService.Received> received = push.received();
		assertThat(received).hasSize(1);
		FakePushService.Received reminder = received.get(0);
		String time = DateTimeFormatter.ofPattern("HH:mm").format(due);
		assertThat(reminder.text()).contains("\"title\":\"Time for a session\"")
			.contains("Your next session is due now (" + time + ")")
			.contains("\"url\":\"/\"")
			.doesNotContain(this.parent.getEmail(), this.parent.getDisplayName());
		assertThat(reminder.vapidKey()).isEqualTo(this.keys.publicKey());
		assertThat(reminder.audience()).isEqualTo(push.url());
		assertThat(reminder.headers().get("Ttl")).containsExactly("1800");
		assertThat(reminder.headers().get("Urgency")).containsExactly("high");

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.reminders.sendDue()).as("once per session").isZero();
		this.clock.advance(Duration.ofHours(3));
		assertThat(this.reminders.sendDue()).isZero();
		assertThat(push.received()).hasSize(1);
		assertThat(page()).contains("Last reminder 22 Nov " + time);

		// The next session logged schedules the next reminder, in the language she chose.
		this.accounts.changeLanguage(this.parent.getId(), Language.ES);
		String start = this.clock.instant()
			.atZone(LONDON)
			.toLocalDateTime()
			.minusMinutes(25)
			.toString()
			.substring(0, 16);
		TestRequests.logSession(this.mvc, this.who, start);
		ZonedDateTime next = this.today.next(this.parent.getId()).due();
		assertThat(dueInDatabase()).isEqualTo(next.toInstant());
		this.clock.set(next.toInstant());
		assertThat(this.reminders.sendDue()).isEqualTo(1);
		assertThat(push.received()).hasSize(2);
		assertThat(push.received().get(1).text()).contains("\"title\":\"Hora de una sesión\"",
				"Toca tu próxima sesión (" + DateTimeFormatter.ofPattern("HH:mm").format(next) + ")");
	}

	@Test
	void twoInstancesLookingAtOnceSendItOnce(@Autowired PushDevices devices, @Autowired PushSender sender,
			@Autowired MessageSource messages, @Autowired JsonMapper json) throws Exception {
		subscribe(push.subscribe("twins-" + this.parent.getId()), "Phone", "", "");
		TestRequests.logSession(this.mvc, this.who, "2026-11-22T08:40");
		this.clock.set(dueInDatabase());
		Reminders other = new Reminders(this.jdbc, devices, sender, this.today, this.accounts, messages, json,
				this.clock);
		for (int round = 0; round < 5; round++) {
			this.clock.set(dueInDatabase());
			CountDownLatch start = new CountDownLatch(1);
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, this.reminders));
			CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, other));
			start.countDown();
			assertThat(first.get() + second.get()).as("round %d", round).isEqualTo(1);
			assertThat(push.received()).hasSize(round + 1);
			String next = this.clock.instant()
				.atZone(LONDON)
				.toLocalDateTime()
				.plusMinutes(1)
				.toString()
				.substring(0, 16);
			this.clock.advance(Duration.ofMinutes(30));
			TestRequests.logSession(this.mvc, this.who, next);
		}
	}

	@Test
	void quietHoursKeepADeviceSilentAndAGoneDeviceIsForgotten() {
		FakePushService.Browser quiet = push.subscribe("quiet-" + this.parent.getId());
		FakePushService.Browser old = push.subscribe("old-" + this.parent.getId());
		subscribe(quiet, "Bedside phone", "22:00", "06:00");
		subscribe(old, "Old tablet", "", "");
		push.unsubscribe(old);

		// Logged at 21:00: the next is due in the night, inside the bedside phone's quiet
		// hours.
		this.clock.set(Instant.parse("2026-11-22T21:30:00Z"));
		TestRequests.logSession(this.mvc, this.who, "2026-11-22T21:00");
		this.clock.set(dueInDatabase());
		assertThat(this.reminders.sendDue()).isZero();
		assertThat(push.received()).isEmpty();
		assertThat(page()).contains("Bedside phone", "Quiet 22:00 to 06:00").doesNotContain("Old tablet");

		// Quiet hours changed to the morning: the next night reminder comes.
		long id = this.jdbc.queryForObject("select id from push_device where label = 'Bedside phone' and parent_id = ?",
				Long.class, this.parent.getId());
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders/" + id, "quietFrom", "07:00",
				"quietUntil", "09:00"))
			.hasStatus3xxRedirection();
		String start = this.clock.instant().atZone(LONDON).toLocalDateTime().toString().substring(0, 16);
		this.clock.advance(Duration.ofMinutes(25));
		TestRequests.logSession(this.mvc, this.who, start);
		this.clock.set(dueInDatabase());
		assertThat(this.reminders.sendDue()).isEqualTo(1);
		assertThat(push.received()).extracting(FakePushService.Received::endpoint).containsExactly(quiet.endpoint());
	}

	@Test
	void aReminderHoursLateIsNotSentAndNothingIsDueWithoutADevice() {
		TestRequests.logSession(this.mvc, this.who, "2026-11-22T08:40");
		assertThat(this.jdbc.queryForObject("select count(*) from push_reminder where parent_id = ?", Integer.class,
				this.parent.getId()))
			.as("no device, nothing scheduled")
			.isZero();

		subscribe(push.subscribe("late-" + this.parent.getId()), "Phone", "", "");
		this.clock.set(dueInDatabase().plus(Reminders.LATE).plusSeconds(60));
		assertThat(this.reminders.sendDue()).isZero();
		assertThat(push.received()).isEmpty();
	}

	@Test
	void whatCannotBeUsedIsRefusedBesideItsFieldAsTyped() {
		FakePushService.Browser phone = push.subscribe("refused-" + this.parent.getId());
		MvcTestResult elsewhere = TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint",
				"https://169.254.169.254/latest", "browserKey", phone.browserKey(), "authSecret", phone.auth(), "label",
				"My phone");
		assertThat(elsewhere).hasStatusOk()
			.bodyText()
			.contains("not the address of a browser’s push service", "value=\"My phone\"");
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint",
				"https://fcm.googleapis.com:8443/fcm/send/abc", "browserKey", phone.browserKey(), "authSecret",
				phone.auth()))
			.bodyText()
			.contains("not the address of a browser’s push service");
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint", phone.endpoint(),
				"browserKey", "bm90IGEga2V5", "authSecret", phone.auth()))
			.bodyText()
			.contains("keys for reminders could not be read");
		assertThat(
				TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint", phone.endpoint(), "browserKey",
						phone.browserKey(), "authSecret", phone.auth(), "quietFrom", "25:99", "quietUntil", "06:00"))
			.bodyText()
			.contains("Please enter a time, like 22:30.", "value=\"25:99\"");
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint", phone.endpoint(),
				"browserKey", phone.browserKey(), "authSecret", phone.auth(), "quietFrom", "22:00"))
			.bodyText()
			.contains("Please give both times");
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint", phone.endpoint(),
				"browserKey", phone.browserKey(), "authSecret", phone.auth(), "label", "x".repeat(61)))
			.bodyText()
			.contains("Please keep the name to 60 characters.");
		assertThat(this.jdbc.queryForObject("select count(*) from push_device where parent_id = ?", Integer.class,
				this.parent.getId()))
			.isZero();

		// Someone else's device does not exist for this parent.
		subscribe(phone, "Mine", "", "");
		long id = this.jdbc.queryForObject("select id from push_device where parent_id = ?", Long.class,
				this.parent.getId());
		SignedInUser stranger = TestAccounts.user(TestAccounts.parent(this.accounts, "UTC", VolumeUnit.ML));
		// Nor can another account take its push address over.
		assertThat(TestRequests.post(this.mvc, stranger, "/settings/reminders", "endpoint", phone.endpoint(),
				"browserKey", phone.browserKey(), "authSecret", phone.auth(), "label", "Taken"))
			.bodyText()
			.contains("already sends reminders for another Relacta account");
		assertThat(this.jdbc.queryForObject("select parent_id from push_device where endpoint = ?", Long.class,
				phone.endpoint()))
			.isEqualTo(this.parent.getId());
		assertThat(TestRequests.post(this.mvc, stranger, "/settings/reminders/" + id + "/remove")).hasStatus(404);
		assertThat(
				TestRequests.post(this.mvc, stranger, "/settings/reminders/" + id, "quietFrom", "", "quietUntil", ""))
			.hasStatus(404);
		assertThat(TestRequests.post(this.mvc, this.who, "/settings/reminders/" + id + "/remove"))
			.hasStatus3xxRedirection();
		assertThat(page()).contains("None yet.").doesNotContain("Mine");
	}

	private static int await(CountDownLatch start, Reminders instance) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return instance.sendDue();
	}

	private MvcTestResult subscribe(FakePushService.Browser browser, String label, String from, String until) {
		return TestRequests.post(this.mvc, this.who, "/settings/reminders", "endpoint", browser.endpoint(),
				"browserKey", browser.browserKey(), "authSecret", browser.auth(), "label", label, "quietFrom", from,
				"quietUntil", until);
	}

	private String page() {
		MvcTestResult page = this.mvc.get().uri("/settings/reminders").with(user(this.who)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().isNotEmpty();
		try {
			return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Instant dueInDatabase() {
		return this.jdbc
			.queryForObject("select due_at from push_reminder where parent_id = ?", OffsetDateTime.class,
					this.parent.getId())
			.toInstant();
	}

}
