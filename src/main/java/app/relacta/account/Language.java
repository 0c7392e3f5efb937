package app.relacta.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages Relacta speaks. Every message is in both files (a test fails the build
 * otherwise); a parent's choice is kept on the account, and without one the browser's
 * language decides.
 */
public enum Language {

	EN(Locale.ENGLISH), ES(Locale.forLanguageTag("es"));

	/**
	 * What the browser is asked about, and what answers when it prefers none of these.
	 */
	public static final List<Locale> SUPPORTED = Arrays.stream(values()).map(Language::locale).toList();

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The language of a form's or a column's value; null (the browser's) for anything
	 * else.
	 */
	public static @Nullable Language of(@Nullable String value) {
		return Arrays.stream(values())
			.filter((language) -> language.name().equalsIgnoreCase(value))
			.findFirst()
			.orElse(null);
	}

}
