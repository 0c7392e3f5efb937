package app.relacta.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * Text a person must write (a name, a label, a comment) has at least one character that
 * can be seen: text made only of spaces and invisible characters (a zero-width space
 * U+200B, a direction mark U+202E, a BOM) shows nothing. {@link Visible} says so on a
 * form's field (beside {@code @NotBlank}, which lets them through); services that check
 * text themselves use {@link #isBlank}.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/**
	 * Whether {@code text} holds nothing a reader would see: no characters, or only
	 * whitespace, format characters (Unicode Cf), controls and unassigned code points,
	 * and the fillers that render as blanks.
	 */
	public static boolean isBlank(@Nullable CharSequence text) {
		if (text == null) {
			return true;
		}
		return text.codePoints().allMatch(VisibleText::invisible);
	}

	private static boolean invisible(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
				|| type == Character.CONTROL || type == Character.UNASSIGNED || codePoint == 0x3164
				|| codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0 || codePoint == 0x2800;
	}

	/**
	 * The field, when given, shows something ({@link VisibleText#isBlank}); a missing one
	 * is left to {@code @NotBlank}. Its message is {@code Visible}.
	 */
	@Documented
	@Constraint(validatedBy = Visible.Validator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Visible {

		String message() default "{Visible}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Checks a {@link Visible} field. */
		class Validator implements ConstraintValidator<Visible, CharSequence> {

			@Override
			public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
				return value == null || value.length() == 0 || value.toString().isBlank() || !isBlank(value);
			}

		}

	}

}
