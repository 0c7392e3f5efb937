package app.relacta.care;

import org.jspecify.annotations.Nullable;

/**
 * The form that makes a read-only link: who it is for, and for how many days it works. A
 * JavaBean, so that days typed as words leave the label bound.
 */
public class ViewLinkForm {

	private @Nullable String label;

	private @Nullable Integer days = ViewLinks.DEFAULT_DAYS;

	/** The parent's notes are shown through the link only when they tick it. */
	private boolean withNotes;

	public @Nullable String getLabel() {
		return this.label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public @Nullable Integer getDays() {
		return this.days;
	}

	public void setDays(@Nullable Integer days) {
		this.days = days;
	}

	public boolean isWithNotes() {
		return this.withNotes;
	}

	public void setWithNotes(boolean withNotes) {
		this.withNotes = withNotes;
	}

}
