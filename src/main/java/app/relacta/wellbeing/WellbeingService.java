package app.relacta.wellbeing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.system.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

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

	private final AccountService accounts;

	private final Clock clock;

	WellbeingService(MoodCheckRepository moods, MedicationRepository medications, AccountService accounts,
			Clock clock) {
		this.moods = moods;
		this.medications = medications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Today's check-in, in place of any earlier one today.
	 */
	@Transactional
	public void checkIn(long parentId, MoodForm form) {
		LocalDate today = today(this.accounts.lockForWrites(parentId));
		MoodCheck check = this.moods.findByParentIdAndLocalDate(parentId, today)
			.orElseGet(() -> new MoodCheck(parentId, today));
		check.record(java.util.Objects.requireNonNull(form.getMood()), form.isHarmThoughts(), form.isShared(),
				this.clock.instant());
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
			.findByParentIdAndLocalDateBetweenOrderByLocalDate(parentId, today.minusDays(MoodRules.LOW_MOOD_DAYS),
					today)
			.stream()
			.filter((check) -> !sharedOnly || check.isShared())
			.toList();
		Mood mood = recent.stream()
			.filter((check) -> check.getLocalDate().equals(today))
			.map(MoodCheck::getMood)
			.findFirst()
			.orElse(null);
		boolean shares = !recent.isEmpty() && recent.get(recent.size() - 1).isShared();
		return new MoodToday(mood,
				MoodRules.help(recent.stream()
					.map((check) -> new MoodRules.Entry(check.getLocalDate(), check.getMood(), check.isHarmThoughts()))
					.toList(), today),
				shares);
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
	 * Notes a medication, or records on {@code errors} what needs another look.
	 */
	@Transactional
	public boolean add(long parentId, MedicationForm form, Errors errors) {
		LocalDate today = today(this.accounts.get(parentId));
		LocalDate started = form.getStartedOn();
		if (started != null && (started.isAfter(today) || started.isBefore(today.minusYears(2)))
				&& !errors.hasFieldErrors("startedOn")) {
			errors.rejectValue("startedOn", "medication.startedOutOfRange");
		}
		LocalDate stopped = form.getStoppedOn();
		if (stopped != null && started != null && stopped.isBefore(started) && !errors.hasFieldErrors("stoppedOn")) {
			errors.rejectValue("stoppedOn", "medication.stoppedBeforeStart");
		}
		if (stopped != null && stopped.isAfter(today) && !errors.hasFieldErrors("stoppedOn")) {
			errors.rejectValue("stoppedOn", "medication.stoppedInFuture");
		}
		if (this.medications.countByParentId(parentId) >= MAX_MEDICATIONS) {
			errors.reject("medication.tooMany", new Object[] { MAX_MEDICATIONS }, null);
		}
		if (errors.hasErrors()) {
			return false;
		}
		this.medications.save(new Medication(parentId, java.util.Objects.requireNonNull(form.getName()).strip(),
				blankToNull(form.getAmount()), java.util.Objects.requireNonNull(started), stopped,
				blankToNull(form.getSuggestedBy()), this.clock.instant()));
		return true;
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
