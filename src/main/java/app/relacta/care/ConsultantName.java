package app.relacta.care;

import org.jspecify.annotations.Nullable;

/**
 * How a consultant is named to parents: their name, and their credential if they gave one
 * ("Alex Kim, IBCLC").
 */
final class ConsultantName {

	private ConsultantName() {
	}

	static String of(String name, @Nullable String credential) {
		return (credential != null) ? name + ", " + credential : name;
	}

}
