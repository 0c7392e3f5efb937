package app.relacta.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

/**
 * Where a service's refusals meet a form: the one place that turns {@link Rejection}s
 * into errors beside the fields, for controllers. Services never see a form's errors.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Saves a bound form, or shows why not. When binding or Bean Validation found
	 * problems, nothing is saved but the service's own rules are still asked
	 * ({@code check}), so a parent sees every problem at once; otherwise {@code save}
	 * runs, and its {@link InvalidInput} is shown beside the fields.
	 * @return what {@code save} returned, or empty when the form has errors
	 */
	public static <T> Optional<T> submit(BindingResult result, Supplier<List<Rejection>> check, Supplier<T> save) {
		if (result.hasErrors()) {
			bind(check.get(), result);
			return Optional.empty();
		}
		try {
			return Optional.of(save.get());
		}
		catch (InvalidInput ex) {
			bind(ex.rejections(), result);
			return Optional.empty();
		}
	}

	/**
	 * {@link #submit} for a save that returns nothing.
	 * @return whether it was saved
	 */
	public static boolean submitted(BindingResult result, Supplier<List<Rejection>> check, Runnable save) {
		return submit(result, check, () -> {
			save.run();
			return true;
		}).isPresent();
	}

	/**
	 * {@code rejections} as errors on {@code errors}, except for a field that has one
	 * already (the first reason is the one shown) or whose rejection depends on a field
	 * that could not be read.
	 */
	public static void bind(List<Rejection> rejections, Errors errors) {
		for (Rejection rejection : rejections) {
			if (rejection.unlessRejected().stream().anyMatch(errors::hasFieldErrors)) {
				continue;
			}
			Object[] args = rejection.args().toArray();
			if (rejection.field() == null) {
				errors.reject(rejection.code(), args, null);
			}
			else if (!errors.hasFieldErrors(rejection.field())) {
				errors.rejectValue(rejection.field(), rejection.code(), args, null);
			}
		}
	}

	/**
	 * The first error of {@code field}, or the first error of the form.
	 */
	public static String first(BindingResult result, String field, MessageSource messages, Locale locale) {
		ObjectError error = result.getFieldError(field);
		return messages.getMessage((error != null) ? error : result.getAllErrors().get(0), locale);
	}

}
