package app.relacta.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.format.Formatter;
import org.springframework.util.StringUtils;

/**
 * Reads decimal numbers the way people type them on a phone: a dot or a comma as the
 * decimal separator, spaces around ignored, at most 12 characters. Anything else (an
 * exponent such as {@code 1e100000000}, which would take minutes and gigabytes to expand)
 * is a type mismatch, reported beside the field ({@link Numbers}). The same strict
 * reading serves the conversion service and, through {@link Editor}, every data binder,
 * so no lenient default takes over when this one refuses.
 */
class DecimalInputFormatter implements Formatter<BigDecimal> {

	/** Enough for any volume or weight a parent types, in either unit. */
	static final int MAX_LENGTH = 12;

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		return strict(text).orElseThrow(() -> new ParseException(text, 0));
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return Decimals.plain(value, locale);
	}

	/**
	 * The number typed, or empty when it is not a plain decimal of at most
	 * {@value #MAX_LENGTH} characters: digits and scale are bounded before any
	 * arithmetic.
	 */
	static Optional<BigDecimal> strict(String text) {
		return Numbers.decimal(text, MAX_LENGTH);
	}

	/**
	 * The strict reading as a property editor: registered on every binder, it replaces
	 * the lenient default editor that would otherwise bind what the formatter refused.
	 * Empty text is no value.
	 */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (!StringUtils.hasText(text)) {
				setValue(null);
				return;
			}
			setValue(strict(text).orElseThrow(() -> new IllegalArgumentException("Not a plain decimal")));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal value) ? Decimals.plain(value) : "";
		}

	}

}
