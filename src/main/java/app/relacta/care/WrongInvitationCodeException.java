package app.relacta.care;

/**
 * The code given to accept an email invitation is not that invitation's.
 */
public class WrongInvitationCodeException extends RuntimeException {

	public WrongInvitationCodeException() {
		super("The invitation's code does not match", null, false, false);
	}

}
