package app.relacta.imports;

import java.util.Arrays;
import java.util.List;

/**
 * A file that cannot be read as a whole (not a CSV, a header of no known tracker, a row
 * cut short): nothing of it is stored, and the parent is told the line and why.
 */
public class ImportFileException extends RuntimeException {

	private final long line;

	private final String code;

	private final List<Object> args;

	ImportFileException(long line, String code, Object... args) {
		super("Unreadable file at line " + line + ": " + code, null, false, false);
		this.line = line;
		this.code = code;
		this.args = Arrays.asList(args);
	}

	public long line() {
		return this.line;
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
