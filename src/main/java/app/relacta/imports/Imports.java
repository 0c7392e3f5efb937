package app.relacta.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.relacta.baby.BabyImports;
import app.relacta.baby.ImportedBabyDay;
import app.relacta.journal.ImportedSession;
import app.relacta.journal.SessionImports;
import app.relacta.system.RowRefusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a tracker's file and adds what it holds to a parent's journal and baby checks, in
 * one transaction: all of it or, for a file that cannot be read, none of it. A dry run
 * answers the same report without saving.
 */
@Service
public class Imports {

	/** The largest file taken: about ten years of a busy tracker. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final SessionImports sessions;

	private final BabyImports baby;

	Imports(SessionImports sessions, BabyImports baby) {
		this.sessions = sessions;
		this.baby = baby;
	}

	/**
	 * Imports {@code text} (with {@code dryRun}, only says what it would do).
	 * @throws ImportFileException if the file cannot be read as a whole; nothing is saved
	 * then
	 */
	@Transactional
	public ImportReport importFile(long parentId, String text, ImportOptions options, boolean dryRun) {
		TrackerFile file = TrackerReader.read(text, options);
		SessionImports.Outcome sessions = this.sessions.importAll(parentId, file.sessions(), dryRun);
		BabyImports.Outcome days = this.baby.importAll(parentId, file.babyDays(), dryRun);
		List<RowRefusal> skipped = new ArrayList<>(file.unreadable());
		skipped.addAll(sessions.skipped());
		skipped.addAll(days.skipped());
		skipped.sort(Comparator.comparingLong(RowRefusal::line));
		List<LocalDate> dates = Stream
			.concat(sessions.added().stream().map(Imports::localDate), days.added().stream().map(ImportedBabyDay::date))
			.sorted()
			.toList();
		return new ImportReport(file.format(), !dryRun, sessions.added().size(), days.added().size(),
				dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
				List.copyOf(skipped), file.otherKinds());
	}

	private static LocalDate localDate(ImportedSession session) {
		return LocalDate.ofInstant(session.start(), session.zone());
	}

	/**
	 * The file's text: UTF-8, or else Windows-1252 (what spreadsheets on Windows save); a
	 * file with NUL characters is no text at all. A file that is neither (UTF-8 damaged
	 * somewhere, or bytes Windows-1252 has no character for) is refused whole rather than
	 * imported garbled.
	 */
	public static String text(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = windows1252(bytes);
		}
		if (text.indexOf('\0') >= 0) {
			throw new ImportFileException(1, "import.error.notText");
		}
		return text;
	}

	/**
	 * Bytes that are not UTF-8, as Windows-1252, unless they show UTF-8 was meant (a
	 * well-formed multi-byte sequence somewhere) or hold bytes Windows-1252 leaves
	 * undefined.
	 */
	private static String windows1252(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D || utf8Sequence(bytes, i) > 0) {
				throw new ImportFileException(1, "import.error.encoding");
			}
		}
		return new String(bytes, Charset.forName("windows-1252"));
	}

	/**
	 * The length of a well-formed UTF-8 multi-byte sequence starting at {@code i}, or 0.
	 */
	private static int utf8Sequence(byte[] bytes, int i) {
		int lead = bytes[i] & 0xFF;
		int length = (lead >= 0xC2 && lead <= 0xDF) ? 2
				: (lead >= 0xE0 && lead <= 0xEF) ? 3 : (lead >= 0xF0 && lead <= 0xF4) ? 4 : 0;
		if (length == 0 || i + length > bytes.length) {
			return 0;
		}
		for (int k = 1; k < length; k++) {
			if ((bytes[i + k] & 0xC0) != 0x80) {
				return 0;
			}
		}
		return length;
	}

}
