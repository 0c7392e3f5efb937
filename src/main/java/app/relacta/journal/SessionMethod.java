package app.relacta.journal;

/**
 * How the breasts were stimulated in a session (GUIDANCE.md R1 counts them all).
 */
public enum SessionMethod {

	DOUBLE_PUMP, SINGLE_PUMP, BREASTFEEDING, HAND_EXPRESSION

}
