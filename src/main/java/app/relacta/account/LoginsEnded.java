package app.relacta.account;

/**
 * Every login of an account but the one that asked ended: after a password change, or
 * "log out of every other device". Published inside the change's transaction; with
 * {@code tokensToo} the account's API tokens end with them.
 */
public record LoginsEnded(long accountId, boolean tokensToo) {
}
