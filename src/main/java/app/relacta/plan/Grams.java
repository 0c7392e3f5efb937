package app.relacta.plan;

/**
 * A change of the baby's weight in an advice's words (a gain, a loss), kept in grams
 * until it is shown in the parent's unit ({@link Advice#argsIn}).
 */
public record Grams(int value) {

	@Override
	public String toString() {
		return this.value + " g";
	}

}
