package app.relacta.system;

import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form and request parameter binds decimals through the strict reading only
 * ({@link DecimalInputFormatter}): no fallback to a lenient editor.
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void strictDecimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalInputFormatter.Editor());
	}

}
