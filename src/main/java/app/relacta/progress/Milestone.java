package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A moment worth calling out on the progress page: its message (key and arguments) and
 * day.
 */
public record Milestone(String key, LocalDate date, List<Object> args) {

	public Object[] argArray() {
		return this.args.toArray();
	}

}
