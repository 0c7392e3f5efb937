package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes a parent's plan settings. Until a parent sets them, the guidance's
 * defaults apply, with day 1 on the day the account was made.
 */
@Service
public class PlanService {

	/** How long the Today page shows a change someone else made. */
	static final int RECENT_CHANGE_DAYS = 7;

	/** How many changes the plan page lists. */
	static final int HISTORY_SHOWN = 10;

	private final PlanSettingsRepository settings;

	private final AccountService accounts;

	private final SupplementHistory supplements;

	private final SupplyHistory supply;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlanService(PlanSettingsRepository settings, AccountService accounts, SupplementHistory supplements,
			SupplyHistory supply, Clock clock, ApplicationEventPublisher events) {
		this.supply = supply;
		this.events = events;
		this.settings = settings;
		this.accounts = accounts;
		this.supplements = supplements;
		this.clock = clock;
	}

	/**
	 * The settings in force for a parent: their own, or the defaults.
	 */
	@Transactional(readOnly = true)
	public PlanSettings current(Account parent) {
		return inForce(this.settings.findFirstByParentIdOrderByChangedAtDescIdDesc(parent.getId()).orElse(null),
				parent);
	}

	/**
	 * The newest entry's settings, or the defaults with day 1 on the day the account was
	 * made.
	 */
	private static PlanSettings inForce(@Nullable PlanSettingsEntry latest, Account parent) {
		return (latest != null) ? latest.settings()
				: PlanSettings.defaults(LocalDate.ofInstant(parent.getCreatedAt(), parent.getZone()));
	}

	/**
	 * The settings in force for many parents, in one query.
	 * @param firstDays each parent's id and the day their account was made in their own
	 * time, day 1 of the defaults for a parent who has not set a plan
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanSettings> currentAll(Map<Long, LocalDate> firstDays) {
		Map<Long, PlanSettingsEntry> latest = new HashMap<>();
		if (!firstDays.isEmpty()) {
			for (PlanSettingsEntry entry : this.settings.latestOf(firstDays.keySet())) {
				latest.merge(entry.getParentId(), entry, (a, b) -> (a.getId() > b.getId()) ? a : b);
			}
		}
		Map<Long, PlanSettings> current = new HashMap<>();
		firstDays.forEach((id, firstDay) -> {
			PlanSettingsEntry entry = latest.get(id);
			current.put(id, (entry != null) ? entry.settings() : PlanSettings.defaults(firstDay));
		});
		return current;
	}

	@Transactional(readOnly = true)
	public PlanSettings current(long parentId) {
		return current(this.accounts.get(parentId));
	}

	@Transactional(readOnly = true)
	public VolumeUnit unitOf(long parentId) {
		return this.accounts.get(parentId).getUnit();
	}

	@Transactional(readOnly = true)
	public boolean isSetUp(long parentId) {
		return this.settings.findFirstByParentIdOrderByChangedAtDescIdDesc(parentId).isPresent();
	}

	/**
	 * What Today needs of the plan, from one read of the newest entry: the settings in
	 * force, whether the parent has set them, and the latest change when someone else
	 * made it in the last {@value #RECENT_CHANGE_DAYS} days (the history is read only
	 * then).
	 */
	@Transactional(readOnly = true)
	public InForce inForce(Account parent) {
		Optional<PlanSettingsEntry> latest = this.settings
			.findFirstByParentIdOrderByChangedAtDescIdDesc(parent.getId());
		PlanSettings settings = inForce(latest.orElse(null), parent);
		boolean byOther = latest.filter((entry) -> entry.getChangedBy() != parent.getId()).isPresent();
		return new InForce(settings, latest.isPresent(), byOther ? recentChangeByOther(parent).orElse(null) : null);
	}

	/**
	 * The settings in force as the parent chooses them, volumes in their unit.
	 */
	@Transactional(readOnly = true)
	public PlanChoices choices(long parentId) {
		Account parent = this.accounts.get(parentId);
		return PlanChoices.of(current(parent), parent.getUnit());
	}

	/**
	 * What needs another look in {@code choices}, without saving anything.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> check(long parentId, PlanChoices choices) {
		Account parent = this.accounts.get(parentId);
		return PlanChecks.settings(choices, LocalDate.now(this.clock.withZone(parent.getZone())), parent.getUnit(),
				maintenanceOpen(parent));
	}

	/**
	 * R15: whether the parent may choose the maintenance rhythm: chosen already, or the
	 * goal or a plateau reached (two weeks of the journal, one read of the kept totals).
	 */
	@Transactional(readOnly = true)
	public boolean maintenanceOpen(Account parent) {
		PlanSettings now = current(parent);
		if (now.maintenance()) {
			return true;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		List<DayVolume> days = this.supply.dayTotals(parent.getId(), today.minusDays(14), today.minusDays(1));
		return ExpectationRules.maintenanceOpen(now, today, days);
	}

	/**
	 * Saves {@code choices} as the settings in force (a new entry in the history).
	 * @param changedBy the account making the change
	 * @throws InvalidInput if something needs another look
	 */
	@Transactional
	public void save(long parentId, long changedBy, PlanChoices choices) {
		Account parent = this.accounts.get(parentId);
		VolumeUnit unit = parent.getUnit();
		InvalidInput.throwIfAny(PlanChecks.settings(choices, LocalDate.now(this.clock.withZone(parent.getZone())), unit,
				maintenanceOpen(parent)));
		BigDecimal supplement = unit.toMillilitresOrNull(choices.supplementVolume());
		SupplementKind kind = Objects.requireNonNull(choices.supplementKind());
		if (supplement == null || supplement.signum() == 0) {
			supplement = null;
			kind = SupplementKind.NONE;
		}
		Goal goal = Objects.requireNonNull(choices.goal());
		PlanSettings settings = new PlanSettings(Objects.requireNonNull(choices.path()), choices.lastExpressed(),
				Objects.requireNonNull(choices.startDate()), choices.babyBirthDate(), choices.babyLatches(), supplement,
				kind, goal, (goal == Goal.DAILY_VOLUME) ? unit.toMillilitresOrNull(choices.goalVolume()) : null,
				Objects.requireNonNull(choices.nightStart()), Objects.requireNonNull(choices.nightEnd()),
				Objects.requireNonNull(choices.targetSessions()), choices.fastTrack(),
				Objects.requireNonNull(choices.powerPumpsPerDay()));
		NightWindow before = current(parent).night();
		this.settings.save(new PlanSettingsEntry(parentId, settings, this.clock.instant(), changedBy));
		this.accounts.dataChanged(parentId);
		this.events.publishEvent(new PlanChanged(parentId, settings));
		nightMayHaveChanged(parentId, before, settings.night());
	}

	/**
	 * The plan page of a parent.
	 */
	@Transactional(readOnly = true)
	public PlanPage page(long parentId) {
		Account parent = this.accounts.get(parentId);
		Optional<PlanSettingsEntry> latest = this.settings.findFirstByParentIdOrderByChangedAtDescIdDesc(parentId);
		PlanSettings settings = inForce(latest.orElse(null), parent);
		return new PlanPage(settings, latest.isPresent(), history(parentId), ScheduleRules.slotTimes(settings),
				taper(parent, settings), parent.getUnit());
	}

	/**
	 * R12: the supplement as given per day, each cut, and the next possible cut; null
	 * when the baby gets none and none was noted.
	 */
	@Transactional(readOnly = true)
	public SupplementTaper.@Nullable Timeline taper(long parentId) {
		Account parent = this.accounts.get(parentId);
		return taper(parent, current(parent));
	}

	private SupplementTaper.@Nullable Timeline taper(Account parent, PlanSettings settings) {
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		List<BabyCheck> given = this.supplements.supplementGiven(parent.getId(), today);
		if (!settings.givesSupplement() && given.isEmpty()) {
			return null;
		}
		return SupplementTaper.timeline(settings.supplementMlPerDay(), given, today);
	}

	/**
	 * What needs another look in a consultant's adjustment, without saving anything.
	 */
	public List<Rejection> check(long parentId, PlanAdjustment adjustment) {
		return PlanChecks.adjustment(adjustment, maintenanceOpen(this.accounts.get(parentId)));
	}

	/**
	 * A consultant's adjustment of sessions a day, the night window and power pumps; the
	 * rest of the parent's settings stay as they are. The caller has checked that the
	 * parent shares with {@code consultantId}.
	 * @throws InvalidInput if something is outside the guidance's ranges
	 */
	@Transactional
	public void adjust(long parentId, long consultantId, PlanAdjustment adjustment) {
		InvalidInput.throwIfAny(check(parentId, adjustment));
		PlanSettings now = current(parentId);
		PlanSettings adjusted = new PlanSettings(now.path(), now.lastExpressed(), now.startDate(), now.babyBirthDate(),
				now.babyLatches(), now.supplementMlPerDay(), now.supplementKind(), now.goal(), now.goalMl(),
				Objects.requireNonNull(adjustment.nightStart()), Objects.requireNonNull(adjustment.nightEnd()),
				Objects.requireNonNull(adjustment.targetSessions()), now.fastTrack(),
				Objects.requireNonNull(adjustment.powerPumpsPerDay()));
		if (!adjusted.equals(now)) {
			this.settings.save(new PlanSettingsEntry(parentId, adjusted, this.clock.instant(), consultantId));
			this.accounts.dataChanged(parentId);
			this.events.publishEvent(new PlanChanged(parentId, adjusted));
			nightMayHaveChanged(parentId, now.night(), adjusted.night());
		}
	}

	private void nightMayHaveChanged(long parentId, NightWindow before, NightWindow after) {
		if (!before.equals(after)) {
			this.events.publishEvent(new NightWindow.Changed(parentId, after));
		}
	}

	/**
	 * The latest changes, newest first, each with who made it and what changed.
	 */
	@Transactional(readOnly = true)
	public List<PlanChange> history(long parentId) {
		Account parent = this.accounts.get(parentId);
		// One more than shown, to tell what the oldest shown changed.
		List<PlanSettingsEntry> entries = this.settings.findByParentIdOrderByChangedAtDescIdDesc(parentId,
				Limit.of(HISTORY_SHOWN + 1));
		Map<Long, Account> authors = this.accounts
			.getAll(entries.stream().map(PlanSettingsEntry::getChangedBy).filter((id) -> id != parentId).toList());
		List<PlanChange> changes = new ArrayList<>();
		for (int i = 0; i < Math.min(entries.size(), HISTORY_SHOWN); i++) {
			PlanSettingsEntry entry = entries.get(i);
			Account author = authors.get(entry.getChangedBy());
			String by = (author == null) ? "" : (author.getCredential() != null)
					? author.getDisplayName() + ", " + author.getCredential() : author.getDisplayName();
			// The first entry ever changed the defaults that were in force until then.
			PlanSettings before = (i + 1 < entries.size()) ? entries.get(i + 1).settings()
					: PlanSettings.defaults(entry.settings().startDate());
			List<PlanChange.Field> fields = differences(before, entry.settings());
			changes.add(new PlanChange(LocalDateTime.ofInstant(entry.getChangedAt(), parent.getZone()),
					entry.getChangedBy() == parentId, by, fields));
		}
		return changes;
	}

	private Optional<PlanChange> recentChangeByOther(Account parent) {
		LocalDateTime since = LocalDateTime.ofInstant(this.clock.instant(), parent.getZone())
			.minusDays(RECENT_CHANGE_DAYS);
		return history(parent.getId()).stream()
			.findFirst()
			.filter((change) -> !change.byParent() && change.at().isAfter(since));
	}

	/**
	 * The plan as Today shows it.
	 *
	 * @param settings the settings in force
	 * @param setUp whether the parent has set their plan (otherwise the defaults apply)
	 * @param recentChangeByOther the latest change, when someone other than the parent
	 * made it in the last {@value #RECENT_CHANGE_DAYS} days
	 */
	public record InForce(PlanSettings settings, boolean setUp, @Nullable PlanChange recentChangeByOther) {

	}

	/**
	 * What changed between two settings, among those a consultant may adjust.
	 */
	static List<PlanChange.Field> differences(PlanSettings before, PlanSettings after) {
		List<PlanChange.Field> fields = new ArrayList<>();
		if (before.targetSessions() != after.targetSessions()) {
			fields.add(new PlanChange.Field("plan.change.sessions", String.valueOf(before.targetSessions()),
					String.valueOf(after.targetSessions())));
		}
		if (!before.nightStart().equals(after.nightStart()) || !before.nightEnd().equals(after.nightEnd())) {
			fields.add(new PlanChange.Field("plan.change.night", before.nightStart() + "–" + before.nightEnd(),
					after.nightStart() + "–" + after.nightEnd()));
		}
		if (before.powerPumpsPerDay() != after.powerPumpsPerDay()) {
			fields.add(new PlanChange.Field("plan.change.powerPumps", String.valueOf(before.powerPumpsPerDay()),
					String.valueOf(after.powerPumpsPerDay())));
		}
		return fields;
	}

}
