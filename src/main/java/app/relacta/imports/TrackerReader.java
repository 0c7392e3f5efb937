package app.relacta.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.relacta.baby.ImportedBabyDay;
import app.relacta.journal.ImportedSession;
import app.relacta.journal.SessionMethod;
import app.relacta.system.RowRefusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a tracker's CSV file (Commons CSV) into sessions and baby days. A row whose
 * values cannot be read is left out with its line; a file that is not CSV, has no known
 * header, or has a row cut short is refused whole ({@link ImportFileException}).
 */
final class TrackerReader {

	private static final Pattern WEIGHT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(kg|g|lbs?)\\b",
			Pattern.CASE_INSENSITIVE);

	private final ImportOptions options;

	private final List<ImportedSession> sessions = new ArrayList<>();

	private final Map<LocalDate, Day> days = new TreeMap<>();

	private final List<RowRefusal> unreadable = new ArrayList<>();

	private int otherKinds;

	private TrackerReader(ImportOptions options) {
		this.options = options;
	}

	static TrackerFile read(String text, ImportOptions options) {
		return new TrackerReader(options).readAll(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private TrackerFile readAll(String text) {
		CSVFormat csv = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (CSVParser parser = csv.parse(new StringReader(text))) {
			Set<String> columns = parser.getHeaderNames()
				.stream()
				.map((name) -> name.strip().toLowerCase(Locale.ROOT))
				.collect(Collectors.toSet());
			TrackerFormat format = TrackerFormat.of(columns);
			if (format == null) {
				throw new ImportFileException(1, "import.error.unknownHeader");
			}
			int width = parser.getHeaderNames().size();
			long line = 1;
			for (var records = parser.iterator(); next(records, parser);) {
				CSVRecord record = records.next();
				line = parser.getCurrentLineNumber();
				if (record.size() != width) {
					throw new ImportFileException(line, "import.error.columns", width, record.size());
				}
				try {
					row(format, new Row(record), line);
				}
				catch (Cells.Unreadable | IllegalArgumentException | ArithmeticException ex) {
					this.unreadable.add(RowRefusal.of(line, "import.skip.unreadable"));
				}
			}
			return new TrackerFile(format, List.copyOf(this.sessions), babyDays(), List.copyOf(this.unreadable),
					this.otherKinds);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException ex) {
			// A header with a name twice, or none at all.
			throw new ImportFileException(1, "import.error.header");
		}
	}

	/** Whether there is another record; a broken one (an open quote) refuses the file. */
	private static boolean next(Iterator<CSVRecord> records, CSVParser parser) {
		// The record that cannot be read starts on the line after the last one read.
		long before = parser.getCurrentLineNumber();
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException(before + 1, "import.error.broken");
		}
	}

	private void row(TrackerFormat format, Row row, long line) {
		ZoneId zone = this.options.zone();
		switch (format) {
			case RELACTA -> relacta(row, line);
			case BABY_BUDDY_PUMPING ->
				pumped(line, Cells.time(row.get("start"), zone), Cells.timeOrNull(row.get("end"), zone),
						Cells.millilitres(row.get("amount"), this.options.unit()), row.get("notes"));
			case BABY_BUDDY_PUMPING_TIME -> pumped(line, Cells.time(row.get("time"), zone), null,
					Cells.millilitres(row.get("amount"), this.options.unit()), row.get("notes"));
			case BABY_BUDDY_FEEDING -> babyBuddyFeeding(row, line);
			case BABY_BUDDY_DIAPERS -> day(Cells.time(row.get("time"), zone), line).diaper(Cells.yes(row.get("wet")));
			case BABY_BUDDY_WEIGHT -> weight(Cells.date(row.get("date")), line,
					this.options.weightUnit().toGrams(required(Cells.number(row.get("weight")))));
			case HUCKLEBERRY -> huckleberry(row, line);
		}
	}

	private void relacta(Row row, long line) {
		ZoneId zone;
		try {
			zone = ZoneId.of(required(row.get("time_zone")));
		}
		catch (DateTimeException ex) {
			zone = this.options.zone();
		}
		String notes = row.get("notes");
		if (notes != null && notes.length() > 1 && notes.charAt(0) == '\''
				&& "=+-@\t\r".indexOf(notes.charAt(1)) >= 0) {
			// The export's guard against spreadsheet formulas, taken off again.
			notes = notes.substring(1);
		}
		this.sessions.add(new ImportedSession(line, Cells.time(row.get("started_at"), zone), zone,
				Cells.integer(row.get("duration_minutes")), SessionMethod.valueOf(required(row.get("method"))),
				Cells.number(row.get("left_ml")), Cells.number(row.get("right_ml")), Cells.number(row.get("total_ml")),
				Cells.yes(row.get("drops_only")), Cells.yes(row.get("power_pump")),
				Cells.yes(row.get("hand_expression")), Cells.yes(row.get("massage")), Cells.yes(row.get("pain")),
				notes));
	}

	private void pumped(long line, Instant start, @Nullable Instant end, @Nullable BigDecimal ml,
			@Nullable String notes) {
		session(line, start, end, null, SessionMethod.DOUBLE_PUMP, ml, notes);
	}

	private void session(long line, Instant start, @Nullable Instant end, @Nullable Integer minutes,
			SessionMethod method, @Nullable BigDecimal ml, @Nullable String notes) {
		if (end != null && end.isBefore(start)) {
			this.unreadable.add(RowRefusal.of(line, "import.skip.endBeforeStart"));
			return;
		}
		int duration = (end != null) ? (int) Math.max(1, Math.round(Duration.between(start, end).getSeconds() / 60.0))
				: (minutes != null && minutes > 0) ? minutes : this.options.defaultMinutes();
		this.sessions.add(ImportedSession.plain(line, start, this.options.zone(), duration, method, ml, notes));
	}

	/**
	 * A feed at the breast is a breastfeeding session; formula by bottle is supplement
	 * given; the parent's own milk by bottle was counted when it was expressed.
	 */
	private void babyBuddyFeeding(Row row, long line) {
		String type = lower(row.get("type"));
		String method = lower(row.get("method"));
		Instant start = Cells.time(row.get("start"), this.options.zone());
		if (method.contains("breast")) {
			session(line, start, Cells.timeOrNull(row.get("end"), this.options.zone()), null,
					SessionMethod.BREASTFEEDING, null, row.get("notes"));
		}
		else if (type.contains("formula") || type.contains("fortified")) {
			day(start, line).supplement(Cells.millilitres(row.get("amount"), this.options.unit()));
		}
		else {
			this.otherKinds++;
		}
	}

	private void huckleberry(Row row, long line) {
		String type = lower(row.get("type"));
		ZoneId zone = this.options.zone();
		String conditions = String.join(" ", text(row.get("start condition")), text(row.get("start location")),
				text(row.get("end condition")));
		switch (type) {
			case "pump" -> session(line, Cells.time(row.get("start"), zone), Cells.timeOrNull(row.get("end"), zone),
					Cells.minutes(row.get("duration")), SessionMethod.DOUBLE_PUMP, amount(row), row.get("notes"));
			case "feed" -> {
				Instant start = Cells.time(row.get("start"), zone);
				if (lower(row.get("start location")).contains("bottle")) {
					if (conditions.toLowerCase(Locale.ROOT).contains("formula")) {
						day(start, line).supplement(amount(row));
					}
					else {
						this.otherKinds++;
					}
				}
				else {
					session(line, start, Cells.timeOrNull(row.get("end"), zone), Cells.minutes(row.get("duration")),
							SessionMethod.BREASTFEEDING, null, row.get("notes"));
				}
			}
			case "diaper" -> {
				String contents = lower(row.get("end condition"));
				day(Cells.time(row.get("start"), zone), line)
					.diaper(contents.contains("pee") || contents.contains("both"));
			}
			case "growth" -> {
				Matcher weight = WEIGHT.matcher(conditions + " " + text(row.get("notes")));
				if (!weight.find()) {
					this.otherKinds++;
					return;
				}
				String unit = weight.group(2).toLowerCase(Locale.ROOT);
				ImportOptions.Weight in = unit.startsWith("lb") ? ImportOptions.Weight.LB
						: unit.equals("kg") ? ImportOptions.Weight.KG : ImportOptions.Weight.G;
				weight(LocalDate.ofInstant(Cells.time(row.get("start"), zone), zone), line,
						in.toGrams(Cells.decimal(weight.group(1))));
			}
			default -> this.otherKinds++;
		}
	}

	/** A pump's or a bottle's amount: in the end condition, or else the start's. */
	private @Nullable BigDecimal amount(Row row) {
		BigDecimal end = Cells.millilitres(row.get("end condition"), this.options.unit());
		return (end != null) ? end : Cells.millilitres(row.get("start condition"), this.options.unit());
	}

	private Day day(Instant time, long line) {
		return this.days.computeIfAbsent(LocalDate.ofInstant(time, this.options.zone()), (date) -> new Day(line));
	}

	private void weight(LocalDate date, long line, int grams) {
		this.days.computeIfAbsent(date, (key) -> new Day(line)).grams = grams;
	}

	private List<ImportedBabyDay> babyDays() {
		List<ImportedBabyDay> result = new ArrayList<>();
		this.days.forEach((date, day) -> result
			.add(new ImportedBabyDay(day.line, date, day.diapers ? day.wet : null, day.grams, day.supplement)));
		return result;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new Cells.Unreadable("missing");
		}
		return value;
	}

	private static String lower(@Nullable String text) {
		return text(text).toLowerCase(Locale.ROOT);
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

	/** A record's cells by column name, whatever their case in the header. */
	private static final class Row {

		private final Map<String, String> cells = new HashMap<>();

		Row(CSVRecord record) {
			record.toMap().forEach((name, value) -> this.cells.put(name.strip().toLowerCase(Locale.ROOT), value));
		}

		@Nullable String get(String column) {
			String value = this.cells.get(column);
			return (value == null || value.isEmpty()) ? null : value;
		}

	}

	/** A day of baby checks as the file's rows add up. */
	private static final class Day {

		private final long line;

		private boolean diapers;

		private int wet;

		private @Nullable Integer grams;

		private @Nullable BigDecimal supplement;

		Day(long line) {
			this.line = line;
		}

		void diaper(boolean isWet) {
			this.diapers = true;
			this.wet += isWet ? 1 : 0;
		}

		void supplement(@Nullable BigDecimal ml) {
			if (ml != null) {
				this.supplement = (this.supplement != null) ? this.supplement.add(ml) : ml;
			}
		}

	}

}
