package app.relacta.journal;

/**
 * What Today's quick log fills in for the parent: a session that ends now, of the minutes
 * and method of their last one. Only the milk is typed.
 */
public record QuickLog(int durationMinutes, SessionMethod method) {

}
