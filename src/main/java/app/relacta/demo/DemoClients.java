package app.relacta.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignUp;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyDayEntry;
import app.relacta.baby.BabyService;
import app.relacta.care.InvitationService;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import app.relacta.plan.Goal;
import app.relacta.plan.LactationPath;
import app.relacta.plan.PlanChoices;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import app.relacta.plan.SupplementKind;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Two more clients of the demo consultant, so that the client list has someone to put
 * first: Jo, relactating for 12 days, whose nights went quiet and whose milk dipped
 * yesterday, with few wet diapers noted; and Priya, inducing lactation for 6 days, whose
 * last session was 7 hours ago. Like the demo parent, made through the services.
 */
@Component
@ConditionalOnBooleanProperty("relacta.demo.enabled")
class DemoClients {

	private final AccountService accounts;

	private final JournalService journal;

	private final PlanService plans;

	private final BabyService baby;

	private final InvitationService invitations;

	private final Clock clock;

	DemoClients(AccountService accounts, JournalService journal, PlanService plans, BabyService baby,
			InvitationService invitations, Clock clock) {
		this.accounts = accounts;
		this.journal = journal;
		this.plans = plans;
		this.baby = baby;
		this.invitations = invitations;
		this.clock = clock;
	}

	void create(long consultantId, ZoneId zone) {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
		LocalDate today = now.toLocalDate();
		parent("demo-jo@relacta.example", "Jo", zone, consultantId).ifPresent((jo) -> {
			plan(jo, LactationPath.RELACTATION, today.minusDays(11), today.minusMonths(3));
			// Every 3 hours, with the 1-5 AM session until 4 nights ago; 120 mL a day, 70
			// yesterday.
			for (LocalDateTime at = now.minusDays(11).minusHours(1); at
				.isBefore(now.minusHours(1)); at = at.plusHours(3)) {
				boolean quietNight = at.getHour() >= 1 && at.getHour() < 5 && at.isAfter(now.minusDays(4));
				if (!quietNight) {
					boolean yesterday = at.toLocalDate().equals(today.minusDays(1));
					log(jo, at, yesterday ? "9" : "15", null);
				}
			}
			// Jo's taper was under way (600, then 570 and 540 mL a day, R12) until
			// yesterday's
			// few wet diapers: now it holds (R11).
			for (int back = 11; back >= 1; back--) {
				BigDecimal grams = (back == 10 || back == 3) ? new BigDecimal((back == 10) ? "5400" : "5560") : null;
				this.baby.save(jo.getId(), BabyDayEntry.metric(today.minusDays(back), (back == 1) ? 4 : 7, grams,
						new BigDecimal((back > 7) ? "600" : (back > 4) ? "570" : "540")));
			}
		});
		parent("demo-priya@relacta.example", "Priya", zone, consultantId).ifPresent((priya) -> {
			plan(priya, LactationPath.INDUCED, today.minusDays(5), today.minusWeeks(5));
			for (LocalDateTime at = now.minusDays(5).minusHours(7); at
				.isBefore(now.minusHours(6)); at = at.plusHours(3)) {
				log(priya, at, null, "Drops only, but I keep going.");
			}
		});
	}

	private Optional<Account> parent(String email, String name, ZoneId zone, long consultantId) {
		if (this.accounts.exists(email)) {
			return Optional.empty();
		}
		SignUp signup = new SignUp(email, DemoJourney.PASSWORD, name, zone.getId(), VolumeUnit.ML);
		Account parent = this.accounts.createDemoAccount(signup);
		this.invitations.acceptCode(consultantId, this.invitations.inviteWithCode(parent.getId()));
		return Optional.of(parent);
	}

	private void plan(Account parent, LactationPath path, LocalDate start, LocalDate birth) {
		PlanSettings defaults = PlanSettings.defaults(start);
		this.plans.save(parent.getId(), parent.getId(),
				new PlanChoices(path, null, start, birth, false, new BigDecimal("600"), SupplementKind.FORMULA,
						Goal.FULL_SUPPLY, null, defaults.nightStart(), defaults.nightEnd(), defaults.targetSessions(),
						defaults.fastTrack(), defaults.powerPumpsPerDay()));
	}

	private void log(Account parent, LocalDateTime start, @Nullable String ml, @Nullable String note) {
		this.journal.log(parent.getId(), new SessionEntry(start, 20, SessionMethod.DOUBLE_PUMP, null, null,
				(ml != null) ? new BigDecimal(ml) : null, ml == null, false, true, false, note, null));
	}

}
