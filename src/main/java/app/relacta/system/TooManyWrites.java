package app.relacta.system;

/**
 * An account's write that waited too long for its turn behind the account's own earlier
 * writes: nothing of it was saved. Answered 429 with what was sent kept to send again
 * ({@link DatabaseUnavailableFilter}).
 */
public class TooManyWrites extends RuntimeException {

	public TooManyWrites() {
		super("Too many writes of one account at once", null, false, false);
	}

}
