package app.relacta.system;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Reads decimal numbers the way people type them on a phone: a dot or a comma as the
 * decimal separator, spaces around ignored. Anything else is a type mismatch, reported
 * beside the field.
 */
class DecimalInputFormatter implements Formatter<BigDecimal> {

	private static final int MAX_LENGTH = 12;

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String cleaned = text.strip().replace(',', '.');
		if (cleaned.length() > MAX_LENGTH || !cleaned.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			throw new ParseException(text, 0);
		}
		return new BigDecimal(cleaned);
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return value.toPlainString();
	}

}
