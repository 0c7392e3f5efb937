package app.relacta.system;

import java.util.List;

/**
 * A service's refusal of a command it was given: every reason at once, each beside the
 * field it concerns. Controllers show them on the form ({@link FormErrors#bind}); nothing
 * was saved.
 */
public class InvalidInput extends RuntimeException {

	private final List<Rejection> rejections;

	public InvalidInput(List<Rejection> rejections) {
		super("Invalid input: " + rejections);
		if (rejections.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs a reason");
		}
		this.rejections = List.copyOf(rejections);
	}

	public InvalidInput(Rejection rejection) {
		this(List.of(rejection));
	}

	/**
	 * Throws when {@code rejections} holds any.
	 */
	public static void throwIfAny(List<Rejection> rejections) {
		if (!rejections.isEmpty()) {
			throw new InvalidInput(rejections);
		}
	}

	public List<Rejection> rejections() {
		return this.rejections;
	}

}
