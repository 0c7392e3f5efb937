package app.relacta.journal;

/**
 * A session would share time with one already logged.
 */
public class OverlappingSessionException extends RuntimeException {

	private final SessionView other;

	OverlappingSessionException(SessionView other) {
		super("Overlaps session " + other.id(), null, false, false);
		this.other = other;
	}

	public SessionView other() {
		return this.other;
	}

}
