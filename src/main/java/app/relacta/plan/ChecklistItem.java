package app.relacta.plan;

/**
 * A line of the day's checklist: what to do, and whether the journal shows it done.
 */
public record ChecklistItem(Advice advice, Status status) {

	public enum Status {

		/** The journal shows it done today. */
		DONE,
		/** Still to do today. */
		OPEN,
		/** Good at any time; the journal cannot tell, and nothing is "missed". */
		ANYTIME

	}

}
