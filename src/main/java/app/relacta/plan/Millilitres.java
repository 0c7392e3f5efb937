package app.relacta.plan;

import java.math.BigDecimal;

/**
 * A volume in an advice's words, kept in millilitres until it is shown in the parent's
 * unit ({@link Advice#argsIn}).
 */
public record Millilitres(BigDecimal value) {

	@Override
	public String toString() {
		return this.value.stripTrailingZeros().toPlainString() + " mL";
	}

}
