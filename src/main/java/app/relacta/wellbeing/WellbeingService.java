package app.relacta.wellbeing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.plan.BreastNote;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import app.relacta.system.VisibleText;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The mood check-in and the medication log of a parent, each scoped to the parent who
 * asks; a consultant reads the check-ins only when the parent shared them.
 */
@Service
public class WellbeingService {

	/** How many medications a page lists; a parent rarely has more than a few. */
	static final int MEDICATIONS_SHOWN = 50;

	/** How many medications a parent may keep, so that one page shows them all. */
	static final int MAX_MEDICATIONS = MEDICATIONS_SHOWN;

	private final MoodCheckRepository moods;

	private final MedicationRepository medications;

	private final BreastNoteRepository breastNotes;

	private final AccountService accounts;

	private final Clock clock;

	WellbeingService(MoodCheckRepository moods, MedicationRepository medications, BreastNoteRepository breastNotes,
			AccountService accounts, Clock clock) {
		this.breastNotes = breastNotes;
		this.moods = moods;
		this.medications = medications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A check-in, kept beside any earlier one: today's mood is the latest, and a thought
	 * of harm stays answered whatever comes after (F4).
	 */
	@Transactional
	public void checkIn(long parentId, Mood mood, boolean harmThoughts, boolean shared) {
		LocalDate today = today(this.accounts.lockForWrites(parentId));
		MoodCheck check = new MoodCheck(parentId, today);
		check.record(mood, harmThoughts, shared, this.clock.instant());
		this.moods.save(check);
	}

	/**
	 * The mood card: today's check-in and F4's help, from the last two weeks. For a
	 * consultant ({@code sharedOnly}), only the check-ins the parent shared count.
	 */
	@Transactional(readOnly = true)
	public MoodToday moodToday(long parentId, boolean sharedOnly) {
		LocalDate today = today(this.accounts.get(parentId));
		List<MoodCheck> recent = this.moods
			.findByParentIdAndLocalDateBetweenOrderByLocalDateAscIdAsc(parentId,
					today.minusDays(MoodRules.LOW_MOOD_DAYS), today)
			.stream()
			.filter((check) -> !sharedOnly || check.isShared())
			.toList();
		Mood mood = recent.stream()
			.filter((check) -> check.getLocalDate().equals(today))
			.map(MoodCheck::getMood)
			.reduce((earlier, later) -> later)
			.orElse(null);
		boolean shares = !recent.isEmpty() && recent.get(recent.size() - 1).isShared();
		return new MoodToday(mood,
				MoodRules.help(recent.stream()
					.map((check) -> new MoodRules.Entry(check.getLocalDate(), check.getMood(), check.isHarmThoughts()))
					.toList(), today),
				shares);
	}

	/**
	 * F3: notes a breast that hurts, now; the plan raises it at once. A note with nothing
	 * ticked still counts as pain: the parent said their breast hurts.
	 */
	@Transactional
	public void noteBreast(long parentId, boolean redness, boolean heat, boolean fever) {
		LocalDate today = today(this.accounts.lockForWrites(parentId));
		Instant now = this.clock.instant();
		this.breastNotes
			.save(new BreastNoteEntry(parentId, now, today, new BreastNote(now, true, redness, heat, fever)));
	}

	/**
	 * F3: the parent's breast notes of the last {@code days} days, oldest first (for a
	 * consultant too: a sore breast is part of the plan they share).
	 */
	@Transactional(readOnly = true)
	public List<BreastNote> breastNotes(long parentId, Duration within) {
		return this.breastNotes
			.findByParentIdAndNotedAtAfterOrderByNotedAt(parentId, this.clock.instant().minus(within))
			.stream()
			.map(BreastNoteEntry::note)
			.toList();
	}

	/**
	 * The parent's medications, the newest first.
	 */
	@Transactional(readOnly = true)
	public List<MedicationView> medications(long parentId) {
		return this.medications.findByParentIdOrderByStartedOnDescIdDesc(parentId, Limit.of(MEDICATIONS_SHOWN))
			.stream()
			.map(Medication::view)
			.toList();
	}

	/**
	 * What needs another look in {@code entry}, without saving anything.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> check(long parentId, MedicationEntry entry) {
		Rejections rejections = new Rejections();
		LocalDate today = today(this.accounts.get(parentId));
		if (VisibleText.isBlank(entry.name())) {
			rejections.reject("name", "NotBlank");
		}
		tooLong(rejections, "name", entry.name());
		tooLong(rejections, "amount", entry.amount());
		tooLong(rejections, "suggestedBy", entry.suggestedBy());
		LocalDate started = entry.startedOn();
		rejections.required("startedOn", started);
		if (started != null && (started.isAfter(today) || started.isBefore(today.minusYears(2)))) {
			rejections.reject("startedOn", "medication.startedOutOfRange");
		}
		LocalDate stopped = entry.stoppedOn();
		if (stopped != null && started != null && stopped.isBefore(started)) {
			rejections.reject("stoppedOn", "medication.stoppedBeforeStart");
		}
		if (stopped != null && stopped.isAfter(today)) {
			rejections.reject("stoppedOn", "medication.stoppedInFuture");
		}
		if (this.medications.countByParentId(parentId) >= MAX_MEDICATIONS) {
			rejections.reject(Rejection.whole("medication.tooMany", MAX_MEDICATIONS));
		}
		return rejections.list();
	}

	private static void tooLong(Rejections rejections, String field, @Nullable String text) {
		if (text != null && text.length() > MedicationEntry.MAX_TEXT) {
			rejections.reject(field, "Size");
		}
	}

	/**
	 * Notes a medication.
	 * @throws InvalidInput if something needs another look
	 */
	@Transactional
	public void add(long parentId, MedicationEntry entry) {
		InvalidInput.throwIfAny(check(parentId, entry));
		this.medications.save(new Medication(parentId, Objects.requireNonNull(entry.name()).strip(),
				blankToNull(entry.amount()), Objects.requireNonNull(entry.startedOn()), entry.stoppedOn(),
				blankToNull(entry.suggestedBy()), this.clock.instant()));
	}

	/**
	 * Marks a medication stopped today; someone else's is not found.
	 */
	@Transactional
	public void stop(long parentId, long medicationId) {
		Medication medication = this.medications.findByIdAndParentId(medicationId, parentId)
			.orElseThrow(NotFoundException::new);
		LocalDate today = today(this.accounts.get(parentId));
		MedicationView view = medication.view();
		if (view.stoppedOn() == null || view.stoppedOn().isAfter(today)) {
			medication.stop(view.startedOn().isAfter(today) ? view.startedOn() : today);
		}
	}

	/**
	 * Deletes a medication noted by mistake; someone else's is not found.
	 */
	@Transactional
	public void delete(long parentId, long medicationId) {
		this.medications
			.delete(this.medications.findByIdAndParentId(medicationId, parentId).orElseThrow(NotFoundException::new));
	}

	@Transactional(readOnly = true)
	public LocalDate todayOf(long parentId) {
		return today(this.accounts.get(parentId));
	}

	private LocalDate today(Account parent) {
		return LocalDate.now(this.clock.withZone(parent.getZone()));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
