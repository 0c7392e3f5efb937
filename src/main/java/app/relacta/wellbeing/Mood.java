package app.relacta.wellbeing;

/**
 * How a parent says they feel today, in four plain words.
 */
public enum Mood {

	GOOD, OKAY, LOW, VERY_LOW;

	/** LOW or VERY_LOW. */
	public boolean low() {
		return this == LOW || this == VERY_LOW;
	}

}
