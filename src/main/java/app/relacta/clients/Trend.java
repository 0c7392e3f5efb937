package app.relacta.clients;

/**
 * Where a client's daily milk is heading over the last 7 days.
 */
public enum Trend {

	UP, FLAT, DOWN, NOT_YET

}
