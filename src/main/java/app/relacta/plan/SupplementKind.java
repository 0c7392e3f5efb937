package app.relacta.plan;

/**
 * What the baby is given besides the breast.
 */
public enum SupplementKind {

	NONE, FORMULA, DONOR_MILK, EXPRESSED_MILK

}
