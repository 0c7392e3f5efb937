package app.relacta.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import app.relacta.account.SignedInUser;
import app.relacta.baby.BabyDayEntry;
import app.relacta.baby.BabyService;
import app.relacta.plan.BabyCheck;
import app.relacta.system.InvalidInput;
import app.relacta.system.PublicLinks;
import app.relacta.system.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baby's daily checks over the API: wet diapers, weight, supplement given.
 */
@RestController
@RequestMapping("/api/v1/baby-checks")
@Tag(name = "Baby checks", description = "The baby's day: wet diapers, weight, and supplement given (R12-R14).")
class BabyApi {

	private final BabyService baby;

	private final PublicLinks links;

	BabyApi(BabyService baby, PublicLinks links) {
		this.baby = baby;
		this.links = links;
	}

	@GetMapping
	@Operation(operationId = "listBabyChecks", summary = "Days with checks, newest first")
	Paged<BabyCheck> list(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The first day, ISO.",
					example = "2026-11-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "The last day, ISO.",
					example = "2026-11-28") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		if (to.isBefore(from)) {
			throw new InvalidInput(Rejection.of("to", "api.toBeforeFrom"));
		}
		return Paged.slice(this.baby.checks(user.accountId(), from, to), limit, offset, this.links::currentRequest);
	}

	@PutMapping("/{date}")
	@Operation(operationId = "putBabyChecks", summary = "Note a day's checks",
			description = "Replaces what was noted that day (today or up to a year back). Needs a read-write token.")
	BabyCheck put(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The day, ISO.",
					example = "2026-11-28") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestBody Checks checks) {
		this.baby.saveMetric(user.accountId(), BabyDayEntry.metric(date, checks.wetDiapers(),
				(checks.weightGrams() != null) ? kilograms(checks.weightGrams()) : null, checks.supplementMl()));
		return this.baby.checks(user.accountId(), date, date).get(0);
	}

	/**
	 * Grams as the kilograms the checks' metric reading takes: a weight in grams is
	 * grams, so 4 is 4 g (refused as no baby's weight), never taken for 4 kg.
	 */
	private static BigDecimal kilograms(int grams) {
		return BigDecimal.valueOf(grams, 3);
	}

	@Schema(name = "BabyCheckInput", description = "A day's checks; leave out what was not noted.")
	record Checks(@Schema(description = "Wet diapers that day, 0 to 30.", example = "6") @Nullable Integer wetDiapers,
			@Schema(description = "The baby's weight in whole grams, 500 to 25000.", example = "3650", minimum = "500",
					maximum = "25000") @Nullable Integer weightGrams,
			@Schema(description = "Supplement (formula or donor milk) given that day, in mL.",
					example = "240") @Nullable BigDecimal supplementMl) {

	}

}
