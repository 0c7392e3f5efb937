package app.relacta.baby;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.account.WeightUnit;
import app.relacta.plan.BabyCheck;
import app.relacta.plan.SupplementHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Notes and reads the baby's daily checks: one entry per local day, changed in place.
 */
@Service
public class BabyService implements SupplementHistory {

	/** The lightest weight accepted: a very small premature baby. */
	static final int MIN_WEIGHT_GRAMS = 500;

	/** The heaviest weight accepted: a big toddler. */
	static final int MAX_WEIGHT_GRAMS = 25000;

	/** The most supplement accepted for one day. */
	static final BigDecimal MAX_SUPPLEMENT_ML = new BigDecimal("1500");

	private final BabyDayRepository days;

	private final AccountService accounts;

	private final Clock clock;

	BabyService(BabyDayRepository days, AccountService accounts, Clock clock) {
		this.days = days;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public VolumeUnit unitOf(long parentId) {
		return this.accounts.get(parentId).getUnit();
	}

	@Transactional(readOnly = true)
	public WeightUnit weightUnitOf(long parentId) {
		return this.accounts.get(parentId).getWeightUnit();
	}

	/**
	 * The form for a day (default today), with what was already noted that day.
	 */
	@Transactional(readOnly = true)
	public BabyCheckForm form(long parentId, @Nullable LocalDate date) {
		Account parent = this.accounts.get(parentId);
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock.withZone(parent.getZone()));
		BabyCheckForm form = new BabyCheckForm();
		form.setDate(day);
		this.days.findByParentIdAndLocalDate(parentId, day).ifPresent((entry) -> {
			form.setWetDiapers(entry.getWetDiapers());
			Integer grams = entry.getWeightGrams();
			if (grams != null && parent.getWeightUnit() == WeightUnit.METRIC) {
				form.setWeight(BigDecimal.valueOf(grams));
			}
			else if (grams != null) {
				BigDecimal[] poundsAndOunces = WeightUnit.poundsAndOunces(grams);
				form.setWeightPounds(poundsAndOunces[0].intValueExact());
				form.setWeightOunces(poundsAndOunces[1]);
			}
			form.setSupplementVolume(parent.getUnit().fromMillilitresOrNull(entry.getSupplementMl()));
		});
		return form;
	}

	@Transactional
	public boolean save(long parentId, BabyCheckForm form, Errors errors) {
		Account parent = this.accounts.lockForWrites(parentId);
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		LocalDate date = form.getDate();
		if (date != null && (date.isAfter(today) || date.isBefore(today.minusYears(1)))
				&& !errors.hasFieldErrors("date")) {
			errors.rejectValue("date", "baby.dateOutOfRange");
		}
		VolumeUnit unit = parent.getUnit();
		BigDecimal supplement = (form.getSupplementVolume() != null) ? unit.toMillilitres(form.getSupplementVolume())
				: null;
		if (supplement != null && supplement.compareTo(MAX_SUPPLEMENT_ML) > 0
				&& !errors.hasFieldErrors("supplementVolume")) {
			errors.rejectValue("supplementVolume", "baby.supplementTooLarge");
		}
		Integer grams = grams(parent.getWeightUnit(), form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		LocalDate day = Objects.requireNonNull(date);
		BabyDay entry = this.days.findByParentIdAndLocalDate(parentId, day)
			.orElseGet(() -> new BabyDay(parentId, day, this.clock.instant()));
		entry.record(form.getWetDiapers(), grams, supplement, this.clock.instant());
		this.days.save(entry);
		return true;
	}

	/**
	 * The weight typed, in grams: kilograms or grams, or pounds and ounces; null if none
	 * was typed. A weight a baby cannot have is refused beside its field.
	 */
	private static @Nullable Integer grams(WeightUnit unit, BabyCheckForm form, Errors errors) {
		String field = (unit == WeightUnit.METRIC) ? "weight" : "weightPounds";
		if (errors.hasFieldErrors("weight") || errors.hasFieldErrors("weightPounds")
				|| errors.hasFieldErrors("weightOunces")) {
			return null;
		}
		Integer grams;
		if (unit == WeightUnit.METRIC) {
			BigDecimal typed = form.getWeight();
			if (typed == null) {
				return null;
			}
			grams = WeightUnit.gramsFromMetric(typed).orElse(null);
		}
		else {
			if (form.getWeightPounds() == null && form.getWeightOunces() == null) {
				return null;
			}
			int pounds = (form.getWeightPounds() != null) ? form.getWeightPounds() : 0;
			BigDecimal ounces = (form.getWeightOunces() != null) ? form.getWeightOunces() : BigDecimal.ZERO;
			grams = WeightUnit.gramsFromImperial(pounds, ounces);
		}
		if (grams == null || grams < MIN_WEIGHT_GRAMS || grams > MAX_WEIGHT_GRAMS) {
			errors.rejectValue(field, "baby.weightOutOfRange." + unit.name());
			return null;
		}
		return grams;
	}

	/**
	 * The checks from {@code from} to {@code to}, newest first, for the plan engine.
	 */
	@Transactional(readOnly = true)
	public List<BabyCheck> checks(long parentId, LocalDate from, LocalDate to) {
		return this.days.findByParentIdAndLocalDateBetweenOrderByLocalDateDesc(parentId, from, to)
			.stream()
			.map(BabyService::check)
			.toList();
	}

	/**
	 * Every day a supplement was noted, up to {@code to}, oldest first (R12's record).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<BabyCheck> supplementGiven(long parentId, LocalDate to) {
		return this.days.findByParentIdAndSupplementMlIsNotNullAndLocalDateLessThanEqualOrderByLocalDate(parentId, to)
			.stream()
			.map(BabyService::check)
			.toList();
	}

	/**
	 * The checks from {@code from} to {@code to}, and every day a supplement was noted up
	 * to {@code to}, read in one query: what the plan engine needs for a day.
	 */
	@Transactional(readOnly = true)
	public BabyRecord record(long parentId, LocalDate from, LocalDate to) {
		List<BabyCheck> all = this.days.recentAndSupplemented(parentId, from, to)
			.stream()
			.map(BabyService::check)
			.toList();
		return new BabyRecord(all.stream().filter((check) -> !check.date().isBefore(from)).toList(),
				all.stream().filter((check) -> check.supplementMl() != null).toList());
	}

	/**
	 * @param recent the checks of the days asked for
	 * @param supplementGiven every day a supplement was noted, oldest first
	 */
	public record BabyRecord(List<BabyCheck> recent, List<BabyCheck> supplementGiven) {

	}

	private static BabyCheck check(BabyDay day) {
		return new BabyCheck(day.getLocalDate(), day.getWetDiapers(), day.getWeightGrams(), day.getSupplementMl());
	}

	/**
	 * The last two weeks of checks, for the page.
	 */
	@Transactional(readOnly = true)
	public List<BabyCheckView> recent(long parentId) {
		Account parent = this.accounts.get(parentId);
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		VolumeUnit unit = parent.getUnit();
		return checks(parentId, today.minusDays(13), today).stream()
			.map((check) -> new BabyCheckView(check.date(), check.wetDiapers(),
					parent.getWeightUnit().formatOrNull(check.weightGrams()), unit.formatOrNull(check.supplementMl())))
			.toList();
	}

}
