package app.relacta.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.journal.SessionsChanged;
import app.relacta.plan.NextSession;
import app.relacta.plan.PlanChanged;
import app.relacta.today.TodayService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Your next session is due", on the parent's phones at the plan's next due time. After
 * every change to a parent's sessions or plan the reminder is scheduled again from the
 * plan (or dropped when nothing is due ahead). Each instance looks every
 * {@code relacta.reminders.every} (30 s); a reminder is claimed in the database before it
 * is sent, so it goes once whatever the number of instances, and at most once per session
 * logged. A device in its quiet hours stays silent; a reminder more than {@link #LATE}
 * late (the server was down) is not sent at all.
 */
@Component
class Reminders {

	static final Duration LATE = Duration.ofMinutes(30);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final PushDevices devices;

	private final PushSender sender;

	private final TodayService today;

	private final AccountService accounts;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	Reminders(JdbcTemplate jdbc, PushDevices devices, PushSender sender, TodayService today, AccountService accounts,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.sender = sender;
		this.today = today;
		this.accounts = accounts;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * After the change is saved, never as part of it: a reminder never costs a session.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void sessionsChanged(SessionsChanged event) {
		schedule(event.parentId());
	}

	/** The plan's spacing may have changed, and with it the due time. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void planChanged(PlanChanged event) {
		schedule(event.parentId());
	}

	/** Schedules the parent's next reminder from the plan, or drops it. */
	@Transactional
	void schedule(long parentId) {
		Instant now = this.clock.instant();
		NextSession next = this.devices.any(parentId) ? this.today.next(parentId) : null;
		if (next == null || next.due() == null || !next.due().toInstant().isAfter(now)) {
			this.jdbc.update("delete from push_reminder where parent_id = ?", parentId);
			return;
		}
		OffsetDateTime due = next.due().toInstant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
		String reschedule = "update push_reminder set due_at = ?, claimed_at = null where parent_id = ?";
		if (this.jdbc.update(reschedule, due, parentId) == 0) {
			try {
				this.jdbc.update("insert into push_reminder (parent_id, due_at) values (?, ?)", parentId, due);
			}
			catch (DuplicateKeyException ex) {
				this.jdbc.update(reschedule, due, parentId);
			}
		}
	}

	@Scheduled(initialDelayString = "${relacta.reminders.first-check:30s}",
			fixedDelayString = "${relacta.reminders.every:30s}")
	void scheduled() {
		sendDue();
	}

	/**
	 * Sends the reminders due now that no instance has claimed.
	 * @return how many parents were reminded
	 */
	int sendDue() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.query(
				"select parent_id, due_at from push_reminder where claimed_at is null and due_at <= ? order by due_at",
				(row, index) -> new Due(row.getLong("parent_id"), row.getObject("due_at", OffsetDateTime.class)),
				now.atOffset(ZoneOffset.UTC));
		int reminded = 0;
		for (Due reminder : due.subList(0, Math.min(BATCH, due.size()))) {
			OffsetDateTime claimedAt = now.atOffset(ZoneOffset.UTC);
			boolean claimed = this.jdbc.update(
					"update push_reminder set claimed_at = ? where parent_id = ? and due_at = ? and claimed_at is null",
					claimedAt, reminder.parentId(), reminder.dueAt()) == 1;
			if (!claimed || reminder.dueAt().toInstant().isBefore(now.minus(LATE))) {
				continue;
			}
			Delivery delivery = remind(reminder, now);
			if (delivery == Delivery.REMINDED) {
				reminded++;
			}
			else if (delivery == Delivery.TRY_AGAIN) {
				this.jdbc.update("update push_reminder set claimed_at = null where parent_id = ? and due_at = ?"
						+ " and claimed_at = ?", reminder.parentId(), reminder.dueAt(), claimedAt);
			}
		}
		return reminded;
	}

	private record Due(long parentId, OffsetDateTime dueAt) {
	}

	private enum Delivery {

		REMINDED, SILENT, TRY_AGAIN

	}

	private Delivery remind(Due reminder, Instant now) {
		Account parent = this.accounts.get(reminder.parentId());
		ZonedDateTime local = now.atZone(parent.getZone());
		byte[] message = message(reminder.dueAt().toInstant().atZone(parent.getZone()), parent.locale());
		Delivery delivery = Delivery.SILENT;
		for (PushDevices.Target device : this.devices.targets(reminder.parentId())) {
			if (device.quietAt(local.toLocalTime())) {
				continue;
			}
			switch (this.sender.send(device, message)) {
				case DELIVERED -> {
					this.devices.sent(device.id(), now);
					delivery = Delivery.REMINDED;
				}
				case GONE -> this.devices.gone(device.id());
				case FAILED -> delivery = (delivery == Delivery.REMINDED) ? delivery : Delivery.TRY_AGAIN;
			}
		}
		return delivery;
	}

	/**
	 * What the phone shows: generic words and the time, nothing more about the parent.
	 */
	private byte[] message(ZonedDateTime due, Locale locale) {
		Map<String, String> message = new LinkedHashMap<>();
		message.put("title", this.messages.getMessage("reminders.push.title", null, locale));
		message.put("body", this.messages.getMessage("reminders.push.body",
				new Object[] { DateTimeFormatter.ofPattern("HH:mm", locale).format(due) }, locale));
		message.put("url", "/");
		message.put("tag", "session-due");
		return this.json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
	}

}
