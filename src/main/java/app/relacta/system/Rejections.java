package app.relacta.system;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects a service's {@link Rejection}s while it checks a command, one per field at
 * most: the first reason found for a field is the one shown.
 */
public final class Rejections {

	private final List<Rejection> found = new ArrayList<>();

	public Rejections reject(Rejection rejection) {
		if (rejection.field() == null || !has(rejection.field())) {
			this.found.add(rejection);
		}
		return this;
	}

	public Rejections reject(String field, String code, Object... args) {
		return reject(Rejection.of(field, code, args));
	}

	/**
	 * Rejects a missing value ({@code NotNull}, as Bean Validation would).
	 */
	public Rejections required(String field, @Nullable Object value) {
		return (value == null) ? reject(field, "NotNull") : this;
	}

	/**
	 * Rejects a number below {@code min} ({@code Min}) or above {@code max}
	 * ({@code Max}); a missing one is not judged.
	 */
	public Rejections within(String field, @Nullable Integer value, int min, int max) {
		if (value != null && value < min) {
			return reject(field, "Min");
		}
		return (value != null && value > max) ? reject(field, "Max") : this;
	}

	/**
	 * Whether {@code field} is rejected already.
	 */
	public boolean has(@Nullable String field) {
		return this.found.stream().anyMatch((rejection) -> field != null && field.equals(rejection.field()));
	}

	public boolean any() {
		return !this.found.isEmpty();
	}

	public List<Rejection> list() {
		return List.copyOf(this.found);
	}

	public void throwIfAny() {
		InvalidInput.throwIfAny(this.found);
	}

}
