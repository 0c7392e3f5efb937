package app.relacta.system;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where a service's refusals meet a form: beside their fields, the first reason for a
 * field kept, a reason that depends on an unreadable field left unsaid.
 */
class FormErrorsTests {

	@Test
	void aRefusalIsShownBesideItsFieldAndNothingIsReturned() {
		BindingResult result = form();
		Optional<String> saved = FormErrors.submit(result, List::of, () -> {
			throw new InvalidInput(Rejection.of("startedAt", "session.inFuture"));
		});
		assertThat(saved).isEmpty();
		assertThat(result.getFieldError("startedAt").getCode()).isEqualTo("session.inFuture");
	}

	@Test
	void whatTheSaveReturnsComesBackWhenNothingIsWrong() {
		assertThat(FormErrors.submit(form(), () -> List.of(Rejection.whole("never.asked")), () -> "saved"))
			.contains("saved");
	}

	@Test
	void aFormWithErrorsIsCheckedButNeverSaved() {
		BindingResult result = form();
		result.rejectValue("durationMinutes", "typeMismatch");
		boolean saved = FormErrors.submitted(result,
				() -> List.of(Rejection.of("durationMinutes", "Max"), Rejection.of("notes", "Size"),
						Rejection.of("totalVolume", "session.totalMismatch").unless("durationMinutes"),
						Rejection.whole("medication.tooMany", 30)),
				() -> {
					throw new AssertionError("saved a form with errors");
				});
		assertThat(saved).isFalse();
		assertThat(result.getFieldErrors("durationMinutes")).singleElement()
			.satisfies((error) -> assertThat(error.getCode()).isEqualTo("typeMismatch"));
		assertThat(result.getFieldError("notes").getCode()).isEqualTo("Size");
		assertThat(result.hasFieldErrors("totalVolume")).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo("medication.tooMany");
		assertThat(result.getGlobalError().getArguments()).containsExactly(30);
	}

	@Test
	void theRejectionsCollectedKeepTheFirstReasonForAField() {
		Rejections rejections = new Rejections().reject("weight", "DecimalMin")
			.reject("weight", "baby.weightOutOfRange");
		assertThat(rejections.list()).extracting(Rejection::code).containsExactly("DecimalMin");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(rejections::throwIfAny)
			.satisfies((ex) -> assertThat(ex.rejections()).hasSize(1));
		new Rejections().throwIfAny();
	}

	private static BindingResult form() {
		return new MapBindingResult(new HashMap<>(), "form");
	}

}
