package app.relacta.care;

import org.jspecify.annotations.Nullable;

/**
 * How many comments one consultant left on a parent's journal.
 */
public record CommentCount(String consultantName, @Nullable String credential, long count) {

	public String consultant() {
		return ConsultantName.of(this.consultantName, this.credential);
	}

}
