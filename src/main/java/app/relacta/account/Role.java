package app.relacta.account;

/**
 * What an account is for. A parent keeps a journal; a consultant reviews the journals
 * that parents share with them.
 */
public enum Role {

	PARENT, CONSULTANT;

	public String authority() {
		return "ROLE_" + name();
	}

}
