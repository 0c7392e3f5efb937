package app.relacta.account;

import java.util.Optional;

/**
 * A name others will read: spaces of any kind become one plain space, and characters that
 * show nothing (zero-width, bidirectional controls, other control characters) are
 * removed. A name with nothing left to see is refused.
 */
final class DisplayNames {

	private DisplayNames() {
	}

	/**
	 * The name as it will be kept, or empty when nothing visible is left.
	 */
	static Optional<String> clean(String typed) {
		StringBuilder name = new StringBuilder();
		typed.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				name.append(' ');
			}
			else if (type != Character.FORMAT && type != Character.CONTROL && type != Character.UNASSIGNED
					&& type != Character.PRIVATE_USE && type != Character.SURROGATE) {
				name.appendCodePoint(codePoint);
			}
		});
		String cleaned = name.toString().replaceAll(" {2,}", " ").strip();
		return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
	}

}
