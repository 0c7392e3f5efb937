package app.relacta.plan;

import java.util.List;

/**
 * One thing the plan or the review says, explained: the rule it comes from, and a message
 * (key and arguments in messages.properties) in the app's voice.
 */
public record Advice(Rule rule, String key, List<Object> args) {

	public Advice {
		args = List.copyOf(args);
	}

	static Advice of(Rule rule, String key, Object... args) {
		return new Advice(rule, key, List.of(args));
	}

	/** The arguments as an array, for the template's message lookup. */
	public Object[] argArray() {
		return this.args.toArray();
	}

}
