package app.relacta.clients;

/**
 * Why a client may need a consultant's attention, most serious first. The weight orders
 * the client list.
 */
public enum Attention {

	/** A red flag from the baby checks (F1, F2). */
	RED_FLAG(8),

	/** A sore breast noted in the last two days (F3). */
	SORE_BREAST(8),

	/** No session for longer than the night gap (R4), while it is day for the client. */
	LONG_GAP(4),

	/** Yesterday's milk was down by more than the set share against the 3 days before. */
	VOLUME_DOWN(2),

	/** No session between 01:00 and 05:00 for the last 3 nights (R5). */
	NO_PROLACTIN_NIGHTS(1),

	/** Nothing logged yet. */
	NOTHING_LOGGED(1);

	private final int weight;

	Attention(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return this.weight;
	}

}
