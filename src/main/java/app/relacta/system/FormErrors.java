package app.relacta.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * Errors of a small inline form (one of many on a page), as text to show beside it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The first error of {@code field}, or the first error of the form.
	 */
	public static String first(BindingResult result, String field, MessageSource messages, Locale locale) {
		ObjectError error = result.getFieldError(field);
		return messages.getMessage((error != null) ? error : result.getAllErrors().get(0), locale);
	}

}
