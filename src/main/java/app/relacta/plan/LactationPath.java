package app.relacta.plan;

/**
 * Relactation (milk made before) or induced lactation (never lactated).
 */
public enum LactationPath {

	RELACTATION, INDUCED

}
