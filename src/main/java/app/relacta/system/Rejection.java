package app.relacta.system;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One reason a service refused its input: the field it concerns ({@code null} for the
 * input as a whole), a message code and its arguments. A rejection that only makes sense
 * when some other fields were readable names them in {@code unlessRejected}: a total that
 * does not match its sides says nothing when a side could not be read.
 */
public record Rejection(@Nullable String field, String code, List<Object> args, Set<String> unlessRejected) {

	public Rejection {
		args = List.copyOf(args);
		unlessRejected = Set.copyOf(unlessRejected);
	}

	public static Rejection of(String field, String code, Object... args) {
		return new Rejection(field, code, Arrays.asList(args), Set.of());
	}

	public static Rejection whole(String code, Object... args) {
		return new Rejection(null, code, Arrays.asList(args), Set.of());
	}

	/**
	 * This rejection, left unsaid when any of {@code fields} is already rejected.
	 */
	public Rejection unless(String... fields) {
		return new Rejection(this.field, this.code, this.args, Set.of(fields));
	}

}
