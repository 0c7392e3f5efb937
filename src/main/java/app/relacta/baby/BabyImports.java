package app.relacta.baby;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.system.RowRefusal;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds baby checks read from a file: a day already noted keeps what was noted (the file
 * only fills what is empty), so the same file imported twice adds nothing the second
 * time; an implausible value is left out with why.
 */
@Service
public class BabyImports {

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final BabyDayRepository days;

	private final AccountService accounts;

	private final Clock clock;

	BabyImports(BabyDayRepository days, AccountService accounts, Clock clock) {
		this.days = days;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The days that are (or with {@code dryRun} would be) added or filled in, and the
	 * rows left out.
	 */
	@Transactional
	public Outcome importAll(long parentId, List<ImportedBabyDay> rows, boolean dryRun) {
		Account parent = this.accounts.lockForWrites(parentId);
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		List<RowRefusal> skipped = new ArrayList<>();
		List<ImportedBabyDay> readable = new ArrayList<>();
		for (ImportedBabyDay row : rows) {
			RowRefusal refusal = refusal(row, today);
			if (refusal != null) {
				skipped.add(refusal);
			}
			else {
				readable.add(row);
			}
		}
		Map<LocalDate, BabyDay> noted = new HashMap<>();
		if (!readable.isEmpty()) {
			LocalDate from = readable.stream().map(ImportedBabyDay::date).min(LocalDate::compareTo).orElseThrow();
			LocalDate to = readable.stream().map(ImportedBabyDay::date).max(LocalDate::compareTo).orElseThrow();
			this.days.findByParentIdAndLocalDateBetweenOrderByLocalDateDesc(parentId, from, to)
				.forEach((day) -> noted.put(day.getLocalDate(), day));
		}
		List<ImportedBabyDay> added = new ArrayList<>();
		for (ImportedBabyDay row : readable) {
			BabyDay day = noted.get(row.date());
			Integer wet = fill((day != null) ? day.getWetDiapers() : null, row.wetDiapers());
			Integer grams = fill((day != null) ? day.getWeightGrams() : null, row.weightGrams());
			BigDecimal supplement = fill((day != null) ? day.getSupplementMl() : null, row.supplementMl());
			boolean changes = day == null || !Objects.equals(wet, day.getWetDiapers())
					|| !Objects.equals(grams, day.getWeightGrams())
					|| !Objects.equals(supplement, day.getSupplementMl());
			if (!changes) {
				skipped.add(RowRefusal.of(row.line(), "import.skip.babyAlreadyNoted", row.date()));
				continue;
			}
			added.add(row);
			if (!dryRun) {
				BabyDay saved = (day != null) ? day : new BabyDay(parentId, row.date(), this.clock.instant());
				saved.record(wet, grams, supplement, this.clock.instant());
				this.days.save(saved);
			}
		}
		skipped.sort((a, b) -> Long.compare(a.line(), b.line()));
		return new Outcome(added, skipped);
	}

	private static @Nullable RowRefusal refusal(ImportedBabyDay row, LocalDate today) {
		if (row.date().isAfter(today)) {
			return RowRefusal.of(row.line(), "import.skip.future");
		}
		if (row.date().isBefore(EARLIEST)) {
			return RowRefusal.of(row.line(), "import.skip.tooOld");
		}
		if (row.wetDiapers() != null && (row.wetDiapers() < 0 || row.wetDiapers() > BabyDayEntry.MAX_WET_DIAPERS)) {
			return RowRefusal.of(row.line(), "import.skip.wetDiapers", row.wetDiapers());
		}
		if (row.weightGrams() != null && (row.weightGrams() < BabyService.MIN_WEIGHT_GRAMS
				|| row.weightGrams() > BabyService.MAX_WEIGHT_GRAMS)) {
			return RowRefusal.of(row.line(), "import.skip.weight", row.weightGrams());
		}
		BigDecimal supplement = row.supplementMl();
		if (supplement != null
				&& (supplement.signum() < 0 || supplement.compareTo(BabyService.MAX_SUPPLEMENT_ML) > 0)) {
			return RowRefusal.of(row.line(), "import.skip.supplement");
		}
		return null;
	}

	/** What was noted, or else what the file says. */
	private static <T> @Nullable T fill(@Nullable T noted, @Nullable T imported) {
		return (noted != null) ? noted : imported;
	}

	/**
	 * The days that are (or would be) added or filled in, and the rows left out.
	 */
	public record Outcome(List<ImportedBabyDay> added, List<RowRefusal> skipped) {

	}

}
