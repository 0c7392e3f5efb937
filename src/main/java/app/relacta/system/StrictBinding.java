package app.relacta.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form and request parameter binds decimals, whole numbers and dates through strict
 * readings only ({@link Numbers}), with no fallback to a lenient default: decimals
 * through {@link DecimalInputFormatter}, dates as {@code yyyy-MM-dd} within a sane range
 * of years (a date such as {@code +999999999-12-31} is a type mismatch beside its field,
 * never a value the database or a page cannot handle).
 */
@ControllerAdvice
class StrictBinding {

	/** No date a parent types is earlier (their own birth, a baby's, a plan's). */
	static final int FIRST_YEAR = 1900;

	/** No date a parent types is later. */
	static final int LAST_YEAR = 2199;

	@InitBinder
	void strictReadings(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalInputFormatter.Editor());
		binder.registerCustomEditor(Integer.class, WholeNumberInputFormatter.INTEGER.editor());
		binder.registerCustomEditor(int.class, WholeNumberInputFormatter.INTEGER.primitiveEditor());
		binder.registerCustomEditor(Long.class, WholeNumberInputFormatter.LONG.editor());
		binder.registerCustomEditor(long.class, WholeNumberInputFormatter.LONG.primitiveEditor());
		binder.registerCustomEditor(LocalDate.class, new DateEditor());
	}

	/**
	 * An ISO date ({@code 2026-11-22}) from {@value #FIRST_YEAR} to {@value #LAST_YEAR};
	 * empty text is no value.
	 */
	static final class DateEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (!StringUtils.hasText(text)) {
				setValue(null);
				return;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Not a date", ex);
			}
			if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
				throw new IllegalArgumentException("A date out of range");
			}
			setValue(date);
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof LocalDate date) ? date.toString() : "";
		}

	}

}
