package app.relacta.system;

import java.util.Arrays;
import java.util.List;

/**
 * One row of an imported file that was left out, and why: its line in the file, a message
 * code and its arguments.
 */
public record RowRefusal(long line, String code, List<Object> args) {

	public RowRefusal {
		args = List.copyOf(args);
	}

	public static RowRefusal of(long line, String code, Object... args) {
		return new RowRefusal(line, code, Arrays.asList(args));
	}

	public Object[] argArray() {
		return this.args.toArray();
	}

}
