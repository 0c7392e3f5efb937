package app.relacta.journal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Numbers;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules a logged session must meet: every value it needs, not in the future,
 * plausible volumes, a total that matches its sides. Pure Java: no database, "now" passed
 * in.
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

	private static final String[] VOLUMES = { "leftVolume", "rightVolume", "totalVolume" };

	private SessionRules() {
	}

	/**
	 * What is wrong with {@code entry}, each beside the field it concerns; empty when it
	 * can be stored.
	 */
	static List<Rejection> check(SessionEntry entry, ZoneId zone, VolumeUnit unit, Instant now) {
		Rejections rejections = new Rejections();
		rejections.required("startedAt", entry.startedAt())
			.required("durationMinutes", entry.durationMinutes())
			.required("method", entry.method())
			.within("durationMinutes", entry.durationMinutes(), 1, SessionEntry.MAX_DURATION_MINUTES);
		if (entry.notes() != null && entry.notes().length() > SessionEntry.MAX_NOTES_LENGTH) {
			rejections.reject("notes", "Size");
		}
		Instant start = start(entry, zone);
		if (start != null && start.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
			rejections.reject("startedAt", "session.inFuture");
		}
		else if (start != null && start.isBefore(now.minus(MAX_AGE))) {
			rejections.reject("startedAt", "session.tooLongAgo");
		}
		BigDecimal left = checkVolume(rejections, "leftVolume", entry.leftVolume(), MAX_SIDE_ML, unit);
		BigDecimal right = checkVolume(rejections, "rightVolume", entry.rightVolume(), MAX_SIDE_ML, unit);
		BigDecimal typedTotal = checkVolume(rejections, "totalVolume", entry.totalVolume(), MAX_TOTAL_ML, unit);
		BigDecimal total = total(left, right, typedTotal);
		if (typedTotal != null && (left != null || right != null) && !sameInUnit(typedTotal, total, unit)
				&& !rejections.has("leftVolume") && !rejections.has("rightVolume")) {
			rejections.reject(Rejection.of("totalVolume", "session.totalMismatch", unit.format(total), unitName(unit))
				.unless(VOLUMES));
		}
		if (entry.dropsOnly() && total != null && total.signum() > 0) {
			rejections.reject("dropsOnly", "session.dropsWithVolume");
		}
		return rejections.list();
	}

	/**
	 * {@code entry} as stored values; {@link #check} found nothing wrong with it.
	 */
	static SessionData read(SessionEntry entry, ZoneId zone, VolumeUnit unit) {
		BigDecimal left = unit.toMillilitresOrNull(entry.leftVolume());
		BigDecimal right = unit.toMillilitresOrNull(entry.rightVolume());
		BigDecimal total = total(left, right, unit.toMillilitresOrNull(entry.totalVolume()));
		return new SessionData(Objects.requireNonNull(start(entry, zone)), zone,
				Objects.requireNonNull(entry.durationMinutes()), Objects.requireNonNull(entry.method()), left, right,
				total, entry.dropsOnly(), entry.powerPump(), entry.handExpression(), entry.massage(), entry.pain(),
				blankToNull(entry.notes()));
	}

	private static @Nullable Instant start(SessionEntry entry, ZoneId zone) {
		LocalDateTime startedAt = entry.startedAt();
		return (startedAt != null) ? ZonedDateTime.ofLocal(startedAt, zone, null).toInstant() : null;
	}

	private static @Nullable BigDecimal total(@Nullable BigDecimal left, @Nullable BigDecimal right,
			@Nullable BigDecimal typedTotal) {
		return (left != null || right != null) ? zeroIfNull(left).add(zeroIfNull(right)) : typedTotal;
	}

	/**
	 * The volume in mL, after checking it is neither negative nor implausibly large.
	 */
	private static @Nullable BigDecimal checkVolume(Rejections rejections, String field, @Nullable BigDecimal typed,
			BigDecimal maxMl, VolumeUnit unit) {
		if (typed != null && !Numbers.bounded(typed)) {
			// Out of every bound: refused before any arithmetic could expand it.
			rejections.reject(field, "session.volumeTooLarge", unit.format(maxMl), unitName(unit));
			return null;
		}
		BigDecimal ml = unit.toMillilitresOrNull(typed);
		if (ml != null && ml.signum() < 0) {
			rejections.reject(field, "DecimalMin");
		}
		else if (ml != null && ml.compareTo(maxMl) > 0) {
			rejections.reject(field, "session.volumeTooLarge", unit.format(maxMl), unitName(unit));
		}
		return ml;
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
