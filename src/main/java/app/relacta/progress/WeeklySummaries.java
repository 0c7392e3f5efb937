package app.relacta.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.DayTotal;
import app.relacta.journal.JournalService;
import app.relacta.system.Decimals;
import app.relacta.system.Mailer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly summary email a parent may ask for in Settings (off by default): on Monday
 * from 08:00 in the parent's own time, the week before (Monday to Sunday) in figures,
 * with a link to their progress. Figures only, never advice. Each instance looks every
 * {@code relacta.summary.every} (15 minutes); a week is claimed in the database before it
 * is sent, so two instances never send it twice, and given back when the mail server
 * could not take it, for the next look.
 */
@Component
class WeeklySummaries {

	/** From when on Monday, in the parent's time, their summary may go. */
	static final LocalTime SEND_FROM = LocalTime.of(8, 0);

	private final AccountService accounts;

	private final JournalService journal;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	WeeklySummaries(AccountService accounts, JournalService journal, Mailer mailer, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.journal = journal;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${relacta.summary.first-check:1m}",
			fixedDelayString = "${relacta.summary.every:15m}")
	void scheduled() {
		if (this.mailer.isOn()) {
			sendDue();
		}
	}

	/**
	 * Sends the summaries that are due now and not yet sent.
	 * @return how many went
	 */
	int sendDue() {
		int sent = 0;
		for (Account parent : this.accounts.weeklySummaryRecipients()) {
			LocalDate week = weekDue(ZonedDateTime.now(this.clock.withZone(parent.getZone())));
			LocalDate previous = parent.getSummaryWeek();
			if (week == null || (previous != null && !previous.isBefore(week))
					|| !this.accounts.claimSummaryWeek(parent.getId(), week)) {
				continue;
			}
			Mailer.Delivery delivery = send(parent, week);
			if (delivery == Mailer.Delivery.SENT) {
				sent++;
			}
			else {
				this.accounts.releaseSummaryWeek(parent.getId(), week, previous);
			}
		}
		return sent;
	}

	/**
	 * The Monday of the week whose summary is due at {@code now} (the week before this
	 * one), or null early on a Monday, before {@link #SEND_FROM}.
	 */
	static @Nullable LocalDate weekDue(ZonedDateTime now) {
		LocalDate thisMonday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (now.toLocalDate().equals(thisMonday) && now.toLocalTime().isBefore(SEND_FROM)) {
			return null;
		}
		return thisMonday.minusWeeks(1);
	}

	private Mailer.Delivery send(Account parent, LocalDate week) {
		List<DayTotal> days = this.journal.days(parent.getId(), week, week.plusDays(6));
		List<DayTotal> before = this.journal.days(parent.getId(), week.minusWeeks(1), week.minusDays(1));
		Locale locale = parent.locale();
		VolumeUnit unit = parent.getUnit();
		String unitName = this.messages.getMessage("unit." + unit, null, locale);
		DateTimeFormatter dates = DateTimeFormatter
			.ofPattern(this.messages.getMessage("mail.summary.datePattern", null, locale), locale);
		int sessions = days.stream().mapToInt(DayTotal::sessions).sum();
		String subject = (sessions == 0) ? this.messages.getMessage("mail.summary.subject.empty", null, locale)
				: this.messages.getMessage("mail.summary.subject", new Object[] { sessions }, locale);
		String body;
		if (sessions == 0) {
			body = this.messages.getMessage("mail.summary.empty", new Object[] { parent.getDisplayName(),
					dates.format(week), dates.format(week.plusDays(6)), this.mailer.link("/progress") }, locale);
		}
		else {
			body = this.messages.getMessage("mail.summary.body",
					new Object[] { parent.getDisplayName(), dates.format(week), dates.format(week.plusDays(6)),
							sessions, days.size(), volume(milk(days), unit, unitName, locale),
							volume(milk(before), unit, unitName, locale),
							days.stream().filter((day) -> day.prolactinSessions() > 0).count(),
							volume(days.stream()
								.map(DayTotal::largestMl)
								.filter(Objects::nonNull)
								.max(BigDecimal::compareTo)
								.orElse(BigDecimal.ZERO), unit, unitName, locale),
							this.mailer.link("/progress") },
					locale);
		}
		return this.mailer.send(parent.getEmail(), subject, body);
	}

	private static BigDecimal milk(List<DayTotal> days) {
		return days.stream().map(DayTotal::totalMl).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String volume(BigDecimal millilitres, VolumeUnit unit, String unitName, Locale locale) {
		return Decimals.plain(unit.fromMillilitres(millilitres), locale) + " " + unitName;
	}

}
