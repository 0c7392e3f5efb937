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
import app.relacta.system.InvalidInput;
import app.relacta.system.Numbers;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	/**
	 * A day (default today) as noted so far, in the parent's units.
	 */
	@Transactional(readOnly = true)
	public BabyDayEntry entry(long parentId, @Nullable LocalDate date) {
		Account parent = this.accounts.get(parentId);
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock.withZone(parent.getZone()));
		return this.days.findByParentIdAndLocalDate(parentId, day).map((entry) -> {
			Integer grams = entry.getWeightGrams();
			BigDecimal supplement = parent.getUnit().fromMillilitresOrNull(entry.getSupplementMl());
			if (grams == null || parent.getWeightUnit() == WeightUnit.METRIC) {
				return new BabyDayEntry(day, entry.getWetDiapers(), (grams != null) ? BigDecimal.valueOf(grams) : null,
						null, null, supplement);
			}
			BigDecimal[] poundsAndOunces = WeightUnit.poundsAndOunces(grams);
			return new BabyDayEntry(day, entry.getWetDiapers(), null, poundsAndOunces[0].intValueExact(),
					poundsAndOunces[1], supplement);
		}).orElseGet(() -> new BabyDayEntry(day, null, null, null, null, null));
	}

	/**
	 * What needs another look in {@code entry}, without saving anything.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> check(long parentId, BabyDayEntry entry) {
		Account parent = this.accounts.get(parentId);
		return check(parent, entry, parent.getUnit(), parent.getWeightUnit());
	}

	/**
	 * Notes a day's checks, replacing what was noted that day.
	 * @throws InvalidInput if something needs another look
	 */
	@Transactional
	public void save(long parentId, BabyDayEntry entry) {
		Account parent = this.accounts.lockForWrites(parentId);
		save(parent, entry, parent.getUnit(), parent.getWeightUnit());
	}

	/**
	 * {@link #save} with the supplement in mL and the weight in grams, whatever units the
	 * parent chose (for the API).
	 */
	@Transactional
	public void saveMetric(long parentId, BabyDayEntry entry) {
		save(this.accounts.lockForWrites(parentId), entry, VolumeUnit.ML, WeightUnit.METRIC);
	}

	private void save(Account parent, BabyDayEntry entry, VolumeUnit unit, WeightUnit weightUnit) {
		InvalidInput.throwIfAny(check(parent, entry, unit, weightUnit));
		LocalDate day = Objects.requireNonNull(entry.date());
		BabyDay saved = this.days.findByParentIdAndLocalDate(parent.getId(), day)
			.orElseGet(() -> new BabyDay(parent.getId(), day, this.clock.instant()));
		saved.record(entry.wetDiapers(), grams(weightUnit, entry), unit.toMillilitresOrNull(entry.supplementVolume()),
				this.clock.instant());
		this.days.save(saved);
	}

	private List<Rejection> check(Account parent, BabyDayEntry entry, VolumeUnit unit, WeightUnit weightUnit) {
		Rejections rejections = new Rejections();
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		LocalDate date = entry.date();
		rejections.required("date", date);
		if (date != null && (date.isAfter(today) || date.isBefore(today.minusYears(1)))) {
			rejections.reject("date", "baby.dateOutOfRange");
		}
		rejections.within("wetDiapers", entry.wetDiapers(), 0, BabyDayEntry.MAX_WET_DIAPERS);
		BigDecimal typedSupplement = entry.supplementVolume();
		BigDecimal supplement = (typedSupplement != null && Numbers.bounded(typedSupplement))
				? unit.toMillilitres(typedSupplement) : null;
		if (typedSupplement != null && supplement == null) {
			rejections.reject("supplementVolume", "baby.supplementTooLarge");
		}
		else if (supplement != null && supplement.signum() < 0) {
			rejections.reject("supplementVolume", "DecimalMin");
		}
		else if (supplement != null && supplement.compareTo(MAX_SUPPLEMENT_ML) > 0) {
			rejections.reject("supplementVolume", "baby.supplementTooLarge");
		}
		checkWeight(rejections, weightUnit, entry);
		return rejections.list();
	}

	/**
	 * A weight a baby cannot have is refused beside its field; a weight that could not be
	 * read is not judged.
	 */
	private static void checkWeight(Rejections rejections, WeightUnit unit, BabyDayEntry entry) {
		for (BigDecimal typed : new BigDecimal[] { entry.weight(), entry.weightOunces() }) {
			if (typed != null && !Numbers.bounded(typed)) {
				rejections.reject((typed == entry.weight()) ? "weight" : "weightOunces", "DecimalMax");
			}
		}
		if (entry.weight() != null && entry.weight().signum() < 0) {
			rejections.reject("weight", "DecimalMin");
		}
		rejections.within("weightPounds", entry.weightPounds(), 0, BabyDayEntry.MAX_POUNDS);
		BigDecimal ounces = entry.weightOunces();
		if (ounces != null && ounces.signum() < 0) {
			rejections.reject("weightOunces", "DecimalMin");
		}
		else if (ounces != null && ounces.compareTo(BigDecimal.valueOf(16)) >= 0) {
			rejections.reject("weightOunces", "DecimalMax");
		}
		if (rejections.has("weight") || rejections.has("weightPounds") || rejections.has("weightOunces")) {
			return;
		}
		Integer grams = grams(unit, entry);
		boolean typed = entry.weight() != null || entry.weightPounds() != null || entry.weightOunces() != null;
		if (typed && (grams == null || grams < MIN_WEIGHT_GRAMS || grams > MAX_WEIGHT_GRAMS)) {
			rejections.reject(Rejection
				.of((unit == WeightUnit.METRIC) ? "weight" : "weightPounds", "baby.weightOutOfRange." + unit.name())
				.unless("weight", "weightPounds", "weightOunces"));
		}
	}

	/**
	 * The weight noted, in grams: kilograms or grams, or pounds and ounces; null if none
	 * was noted or it cannot be read as a baby's weight.
	 */
	private static @Nullable Integer grams(WeightUnit unit, BabyDayEntry entry) {
		if (unit == WeightUnit.METRIC) {
			return (entry.weight() != null) ? WeightUnit.gramsFromMetric(entry.weight()).orElse(null) : null;
		}
		if (entry.weightPounds() == null && entry.weightOunces() == null) {
			return null;
		}
		int pounds = (entry.weightPounds() != null) ? entry.weightPounds() : 0;
		BigDecimal ounces = (entry.weightOunces() != null) ? entry.weightOunces() : BigDecimal.ZERO;
		return WeightUnit.gramsFromImperial(pounds, ounces);
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
	 * What the checks page shows besides its form, from one read of the account: the last
	 * two weeks of checks, and the units the parent reads them in.
	 */
	@Transactional(readOnly = true)
	public ChecksPage page(long parentId) {
		Account parent = this.accounts.get(parentId);
		return new ChecksPage(recent(parent), parent.getUnit(), parent.getWeightUnit());
	}

	/** The checks page's list and units. */
	public record ChecksPage(List<BabyCheckView> recent, VolumeUnit unit, WeightUnit weightUnit) {

	}

	/** The last two weeks of checks, in the parent's units. */
	private List<BabyCheckView> recent(Account parent) {
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		return views(parent, today.minusDays(13), today);
	}

	/**
	 * The checks from {@code from} to {@code to}, newest first, in the parent's units.
	 */
	@Transactional(readOnly = true)
	public List<BabyCheckView> views(long parentId, LocalDate from, LocalDate to) {
		return views(this.accounts.get(parentId), from, to);
	}

	private List<BabyCheckView> views(Account parent, LocalDate from, LocalDate to) {
		VolumeUnit unit = parent.getUnit();
		return checks(parent.getId(), from, to).stream()
			.map((check) -> new BabyCheckView(check.date(), check.wetDiapers(),
					parent.getWeightUnit().formatOrNull(check.weightGrams()), unit.formatOrNull(check.supplementMl())))
			.toList();
	}

}
