package app.relacta.care;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A share as the parent sees it, in their local time.
 */
public record ShareView(Long id, String consultant, @Nullable String practice, LocalDateTime since,
		@Nullable LocalDateTime ended, boolean endedByParent) {

	public boolean active() {
		return this.ended == null;
	}

}
