package app.relacta.api;

/**
 * What a token may do: read only, or read and write (log, change and delete sessions,
 * note baby checks).
 */
public enum ApiAccess {

	READ, READ_WRITE;

	/** The authority a token that may write carries. */
	static final String WRITE_AUTHORITY = "API_WRITE";

}
