package app.relacta.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.relacta.journal.OverlappingSessionException;
import app.relacta.journal.SessionChangedElsewhereException;
import app.relacta.system.FormErrors;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}): a
 * 4xx with a sentence in {@code detail} and, for bad input, an {@code errors} object
 * keyed by field with the same words the forms show beside their fields. Never a stack
 * trace, never a 500 for anything a client sent.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** Field names of the services' rules, as the API's JSON names them. */
	private static final Map<String, String> API_FIELDS = Map.of("startedAt", "start", "leftVolume", "leftMl",
			"rightVolume", "rightMl", "totalVolume", "totalMl", "supplementVolume", "supplementMl", "weight",
			"weightGrams");

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "form");
		FormErrors.bind(ex.rejections(), errors);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.getFieldErrors()
			.forEach((error) -> byField.putIfAbsent(API_FIELDS.getOrDefault(error.getField(), error.getField()),
					this.messages.getMessage(error, locale)));
		List<String> whole = errors.getGlobalErrors()
			.stream()
			.map((error) -> this.messages.getMessage(error, locale))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				whole.isEmpty() ? text("api.invalidInput") : String.join(" ", whole));
		problem.setProperty("errors", byField);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> overlapping(OverlappingSessionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT,
				text("api.overlap", ex.other().start().toLocalTime(), ex.other().end().toLocalTime()));
		problem.setProperty("conflictingSessionId", ex.other().id());
		problem.setProperty("errors", Map.of("start", text("api.overlap.field")));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changedElsewhere(SessionChangedElsewhereException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, text("api.changedElsewhere"));
		problem.setProperty("errors", Map.of("version", text("api.changedElsewhere.field")));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> preconditionFailed(SessionsApi.PreconditionFailed ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, text("api.preconditionFailed"));
		problem.setProperty("errors", Map.of("version", text("api.changedElsewhere.field")));
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, text("api.notFound")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return field(ex.getName());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "value";
		return ResponseEntity.badRequest().body(field(name).getBody());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("api.invalidInput"));
		problem.setProperty("errors", Map.of(ex.getParameterName(), text("api.required")));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that is not JSON, or a value of the wrong type: the field it was in, when
	 * Jackson could tell.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String name = databind.getPath().get(databind.getPath().size() - 1).getPropertyName();
			if (name != null) {
				return ResponseEntity.badRequest().body(field(name).getBody());
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("api.unreadable")));
	}

	private ResponseEntity<ProblemDetail> field(String name) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("api.invalidInput"));
		problem.setProperty("errors", Map.of(name, text("api.typeMismatch")));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Writes a problem outside Spring MVC (from the security filters).
	 */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			@Nullable String authenticate) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", this.messages.getMessage(code, null, request.getLocale()));
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		if (authenticate != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, authenticate);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

	/** The words for a status the server answered before any controller. */
	static String codeOf(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "api.badRequest";
			case NOT_FOUND -> "api.notFound";
			case METHOD_NOT_ALLOWED, NOT_IMPLEMENTED -> "api.methodNotSupported";
			case PAYLOAD_TOO_LARGE -> "api.tooLarge";
			case UNSUPPORTED_MEDIA_TYPE -> "api.mediaType";
			case SERVICE_UNAVAILABLE -> "api.unavailable";
			default -> status.is4xxClientError() ? "api.badRequest" : "api.serverError";
		};
	}

	/**
	 * A method the path does not take: 405 with {@code Allow}, the methods it does.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
			HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders allow = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			allow.setAllow(ex.getSupportedHttpMethods());
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(allow)
			.body(problem(HttpStatus.METHOD_NOT_ALLOWED, text("api.methodNotSupported")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders accept = new HttpHeaders();
		accept.setAccept(List.of(MediaType.APPLICATION_JSON));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.headers(accept)
			.body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("api.mediaType")));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
