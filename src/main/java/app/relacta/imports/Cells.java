package app.relacta.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of other trackers' cells: times with or without an offset, dates,
 * amounts with or without a unit, durations like 00:20. A value that cannot be read is an
 * {@link Unreadable}, which leaves its row out.
 */
final class Cells {

	private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS]"),
			DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"),
			DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH));

	/**
	 * An amount: a plain number and, if written, a unit Relacta knows; anything else in
	 * the cell ({@code 12 gallons}, {@code 1e100000000}) makes it unreadable.
	 */
	private static final Pattern VOLUME = Pattern.compile("([0-9.,]+)\\s*(ml|oz|fl\\.? ?oz)?\\.?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");

	private Cells() {
	}

	/**
	 * A time: with an offset it is that instant; without one, a local time in
	 * {@code zone}.
	 */
	static Instant time(@Nullable String text, ZoneId zone) {
		String value = required(text).replace("+00:00Z", "Z");
		try {
			return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			for (DateTimeFormatter format : LOCAL_TIMES) {
				try {
					return ZonedDateTime.ofLocal(LocalDateTime.parse(value, format), zone, null).toInstant();
				}
				catch (DateTimeParseException ex) {
					// the next form
				}
			}
		}
		throw new Unreadable("time");
	}

	static @Nullable Instant timeOrNull(@Nullable String text, ZoneId zone) {
		return (text == null || text.isBlank()) ? null : time(text, zone);
	}

	static LocalDate date(@Nullable String text) {
		String value = required(text);
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new Unreadable("date");
		}
	}

	/**
	 * An amount in mL: a number in {@code unit}, or a number with its own unit (60ml, 2
	 * oz); null for an empty cell.
	 */
	static @Nullable BigDecimal millilitres(@Nullable String text, VolumeUnit unit) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher matcher = VOLUME.matcher(text.strip());
		if (!matcher.matches()) {
			throw new Unreadable("amount");
		}
		BigDecimal amount = decimal(matcher.group(1));
		String written = matcher.group(2);
		VolumeUnit in = (written == null) ? unit
				: written.toLowerCase(Locale.ROOT).startsWith("ml") ? VolumeUnit.ML : VolumeUnit.OZ;
		return in.toMillilitres(amount);
	}

	/** A plain number, or null for an empty cell. */
	static @Nullable BigDecimal number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return decimal(text);
	}

	/**
	 * A plain decimal within {@link Numbers#bounded} ({@link Numbers#decimal}): no
	 * exponent, no hex, no NaN.
	 */
	static BigDecimal decimal(String text) {
		return Numbers.decimal(text, Numbers.MAX_LENGTH).orElseThrow(() -> new Unreadable("number"));
	}

	/** A whole number of decimal digits ({@link Numbers#integer}). */
	static int integer(@Nullable String text) {
		return Numbers.integer(required(text)).orElseThrow(() -> new Unreadable("number"));
	}

	/** A duration written as H:MM or H:MM:SS, in minutes; null when it is not one. */
	static @Nullable Integer minutes(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = DURATION.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		int seconds = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2)) + ((seconds >= 30) ? 1 : 0);
	}

	static boolean yes(@Nullable String text) {
		return text != null && List.of("true", "yes", "1", "y").contains(text.strip().toLowerCase(Locale.ROOT));
	}

	private static String required(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new Unreadable("missing");
		}
		return text.strip();
	}

	/** A cell that cannot be read; its row is left out. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String what) {
			super(what, null, false, false);
		}

	}

}
