package app.relacta.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes sessions as CSV (RFC 4180: quoted where needed, so commas, quotes and new lines
 * in notes survive a spreadsheet): ISO times with their offset, volumes in mL, every
 * flag.
 */
final class JournalCsv {

	static final String[] HEADERS = { "id", "started_at", "ended_at", "time_zone", "local_date", "duration_minutes",
			"method", "left_ml", "right_ml", "total_ml", "drops_only", "power_pump", "hand_expression", "massage",
			"notes", "pain" };

	private JournalCsv() {
	}

	/**
	 * Writes the header and then every session of the stream, handing each one to
	 * {@code written} once it is out (so the caller can let go of it).
	 */
	static void write(Stream<LoggedSession> sessions, Writer out, Consumer<LoggedSession> written) {
		try {
			CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out);
			sessions.forEach((session) -> {
				print(printer, session);
				written.accept(session);
			});
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void print(CSVPrinter printer, LoggedSession session) {
		ZoneId zone = session.getZone();
		try {
			printer.printRecord(session.getId(), isoTime(session.getStartedAt(), zone),
					isoTime(session.getEndedAt(), zone), zone.getId(), session.getLocalDate(),
					session.getDurationMinutes(), session.getMethod(), ml(session.getLeftMl()),
					ml(session.getRightMl()), ml(session.getTotalMl()), session.isDropsOnly(), session.isPowerPump(),
					session.isHandExpression(), session.isMassage(), safeText(session.getNotes()), session.isPain());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String isoTime(java.time.Instant instant, ZoneId zone) {
		return OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static String ml(@Nullable BigDecimal ml) {
		return (ml != null) ? ml.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * A note that a spreadsheet would take for a formula (it starts with =, + or @) gets
	 * a leading apostrophe, so opening the file never runs anything.
	 */
	static String safeText(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
