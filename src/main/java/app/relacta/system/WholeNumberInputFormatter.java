package app.relacta.system;

import java.beans.PropertyEditorSupport;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.format.Formatter;
import org.springframework.util.StringUtils;

/**
 * Reads whole numbers (minutes, diaper counts, pounds, pages, limits) in forms and query
 * parameters as people type them: decimal digits only ({@link Numbers#integer}). Spring's
 * default reading would take {@code 0x14} and {@code #14} as 20; here they, and a
 * fraction such as {@code 20.9}, are a type mismatch beside the field. Serves the
 * conversion service and, through {@link Editor}, every data binder.
 *
 * @param <N> {@link Integer} or {@link Long}
 */
final class WholeNumberInputFormatter<N extends Number> implements Formatter<N> {

	static final WholeNumberInputFormatter<Integer> INTEGER = new WholeNumberInputFormatter<>(Numbers::integer);

	static final WholeNumberInputFormatter<Long> LONG = new WholeNumberInputFormatter<>(Numbers::whole);

	private final Function<String, Optional<N>> reading;

	private WholeNumberInputFormatter(Function<String, Optional<N>> reading) {
		this.reading = reading;
	}

	@Override
	public N parse(String text, Locale locale) throws ParseException {
		return this.reading.apply(text).orElseThrow(() -> new ParseException(text, 0));
	}

	@Override
	public String print(N value, Locale locale) {
		return value.toString();
	}

	/** An editor for the wrapper type: empty text is no value. */
	Editor editor() {
		return new Editor(true);
	}

	/**
	 * An editor for the primitive type: empty text is a mismatch, as there is no null.
	 */
	Editor primitiveEditor() {
		return new Editor(false);
	}

	/**
	 * The strict reading as a property editor, replacing the lenient default one.
	 */
	final class Editor extends PropertyEditorSupport {

		private final boolean emptyIsNull;

		Editor(boolean emptyIsNull) {
			this.emptyIsNull = emptyIsNull;
		}

		@Override
		public void setAsText(@Nullable String text) {
			if (!StringUtils.hasText(text) && this.emptyIsNull) {
				setValue(null);
				return;
			}
			setValue(WholeNumberInputFormatter.this.reading.apply(text)
				.orElseThrow(() -> new IllegalArgumentException("Not a whole number")));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? String.valueOf(getValue()) : "";
		}

	}

}
