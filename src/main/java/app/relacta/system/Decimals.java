package app.relacta.system;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Numbers as the page's language writes them: {@code 12.5} in English, {@code 12,5} in
 * Spanish; never grouped, so what is shown can be typed back into a form as it is. Away
 * from a request (an email, a reminder) the caller sets the language, else English.
 */
public final class Decimals {

	private Decimals() {
	}

	public static String plain(BigDecimal value) {
		Locale locale = (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale()
				: Locale.ENGLISH;
		return plain(value, locale);
	}

	public static String plain(BigDecimal value, Locale locale) {
		String text = value.toPlainString();
		char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		return (separator == '.') ? text : text.replace('.', separator);
	}

}
