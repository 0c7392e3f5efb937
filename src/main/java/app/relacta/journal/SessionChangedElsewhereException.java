package app.relacta.journal;

/**
 * The session was saved (or deleted) from another tab or device after this form was
 * opened.
 */
public class SessionChangedElsewhereException extends RuntimeException {

	SessionChangedElsewhereException() {
		super("Changed elsewhere", null, false, false);
	}

}
