package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The rules a logged session must meet beyond its single fields (which Bean Validation
 * checks): not in the future, plausible volumes, a total that matches its sides. Pure
 * Java: no database, "now" passed in.
 */
final class SessionRules {

	/** Clock skew between a phone and the server that is still accepted as "now". */
	static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

	/**
	 * How far back a session can be logged: a journal is kept as life happens, so an
	 * older start is almost always a mistyped year.
	 */
	static final Duration MAX_AGE = Duration.ofDays(366);

	/**
	 * The most that is accepted from one side in one session. Far above what a breast
	 * holds at once, so a mistyped extra digit is caught without doubting anyone's real
	 * output.
	 */
	static final BigDecimal MAX_SIDE_ML = new BigDecimal("500");

	/** The most that is accepted as one session's total. */
	static final BigDecimal MAX_TOTAL_ML = new BigDecimal("1000");

	private SessionRules() {
	}

	/**
	 * Checks a form whose fields are each valid and turns it into stored values, or
	 * records on {@code errors} what is wrong, beside the field it concerns.
	 */
	static Optional<SessionData> read(LogSessionForm form, ZoneId zone, VolumeUnit unit, Instant now, Errors errors) {
		Instant start = null;
		LocalDateTime startedAt = form.getStartedAt();
		if (startedAt != null) {
			start = ZonedDateTime.ofLocal(startedAt, zone, null).toInstant();
			if (start.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
				errors.rejectValue("startedAt", "session.inFuture");
			}
			else if (start.isBefore(now.minus(MAX_AGE))) {
				errors.rejectValue("startedAt", "session.tooLongAgo");
			}
		}
		BigDecimal left = unit.toMillilitresOrNull(form.getLeftVolume());
		BigDecimal right = unit.toMillilitresOrNull(form.getRightVolume());
		BigDecimal typedTotal = unit.toMillilitresOrNull(form.getTotalVolume());
		checkAtMost("leftVolume", left, MAX_SIDE_ML, unit, errors);
		checkAtMost("rightVolume", right, MAX_SIDE_ML, unit, errors);
		checkAtMost("totalVolume", typedTotal, MAX_TOTAL_ML, unit, errors);
		BigDecimal total = typedTotal;
		if (left != null || right != null) {
			total = zeroIfNull(left).add(zeroIfNull(right));
			if (typedTotal != null && !sameInUnit(typedTotal, total, unit) && !hasVolumeErrors(errors)) {
				errors.rejectValue("totalVolume", "session.totalMismatch",
						new Object[] { unit.format(total), unitName(unit) }, null);
			}
		}
		if (form.isDropsOnly() && total != null && total.signum() > 0) {
			errors.rejectValue("dropsOnly", "session.dropsWithVolume");
		}
		if (errors.hasErrors() || start == null) {
			return Optional.empty();
		}
		return Optional.of(new SessionData(start, zone, Objects.requireNonNull(form.getDurationMinutes()),
				Objects.requireNonNull(form.getMethod()), left, right, total, form.isDropsOnly(), form.isPowerPump(),
				form.isHandExpression(), form.isMassage(), blankToNull(form.getNotes())));
	}

	private static boolean hasVolumeErrors(Errors errors) {
		return errors.hasFieldErrors("leftVolume") || errors.hasFieldErrors("rightVolume")
				|| errors.hasFieldErrors("totalVolume");
	}

	private static void checkAtMost(String field, @Nullable BigDecimal ml, BigDecimal maxMl, VolumeUnit unit,
			Errors errors) {
		if (ml != null && ml.compareTo(maxMl) > 0 && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "session.volumeTooLarge", new Object[] { unit.format(maxMl), unitName(unit) },
					null);
		}
	}

	/**
	 * The unit's short name (mL, oz) as a message argument, resolved from the messages.
	 */
	private static MessageSourceResolvable unitName(VolumeUnit unit) {
		return new DefaultMessageSourceResolvable("unit." + unit.name());
	}

	private static boolean sameInUnit(BigDecimal a, BigDecimal b, VolumeUnit unit) {
		return unit.fromMillilitres(a).compareTo(unit.fromMillilitres(b)) == 0;
	}

	private static BigDecimal zeroIfNull(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
