package app.relacta.api;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.relacta.plan.BabyCheck;
import app.relacta.progress.DailyProgress;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The description as the contract (issue 28): every operation lists each status it can
 * answer, successes as {@code application/json} and refusals as
 * {@code application/problem+json} with the {@code Problem} schema; every field that can
 * come back {@code null} says so (from the records' {@code @Nullable}); the page
 * parameters carry their bounds; a GET says it may answer 304 ({@link ApiCaching}).
 */
final class ApiContract implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String JSON = "application/json";

	static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * The records the API reads and answers with; a schema of the description that is
	 * none of these fails the description's test.
	 */
	static final List<Class<?>> RECORDS = List.of(ApiSession.class, ApiToday.class, ApiToday.Planned.class,
			ApiToday.Line.class, BabyApi.Checks.class, BabyCheck.class, ClientsApi.Client.class, ClientsApi.Flag.class,
			ImportsApi.Result.class, ImportsApi.Skipped.class, Paged.class, SessionInput.class, TokenForm.class,
			TokensApi.Created.class, DailyProgress.class);

	/** What each refusal means, as every operation that can answer it says. */
	private static final Map<String, String> REFUSALS = Map.of("304",
			"Not changed since the `ETag` sent as `If-None-Match` (every answer to a GET has one).", "400",
			"A value is missing, out of its bounds or cannot be read; `errors` says which, by field.", "401",
			"No token, or one that is not known or was revoked.", "403",
			"The token may only read; writing needs a read-write token.", "404",
			"Nothing here for this token: no such item, or a route for the other role (answered as if it did "
					+ "not exist).",
			"413", "The file is larger than the API takes at once.", "415",
			"The body is not in a form this operation takes (JSON unless it says otherwise).", "429",
			"Too many requests at once, or too many tries; `Retry-After` says when to try again.", "503",
			"The database cannot be reached for a moment; nothing was saved. Try again shortly.");

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problem());
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			contract(path, method, operation);
		}));
		openApi.getComponents().getSchemas().forEach((name, schema) -> {
			for (Class<?> type : RECORDS) {
				// A page of anything is named after what it holds (PagedSession).
				if (name.equals(schemaName(type)) || (type == Paged.class && name.startsWith("Paged"))) {
					nullables(type, schema);
				}
			}
		});
	}

	private static void contract(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean tokens = path.equals(ApiSecurityConfiguration.TOKENS);
		boolean writes = method != PathItem.HttpMethod.GET;
		boolean body = operation.getRequestBody() != null;
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		Set<String> codes = new LinkedHashSet<>(List.of("401", "404", "429", "503"));
		if (body || parameters) {
			codes.add("400");
		}
		if (body) {
			codes.add("415");
		}
		if (writes && !tokens) {
			codes.add("403");
		}
		if (path.equals("/api/v1/imports")) {
			codes.add("413");
		}
		if (tokens) {
			codes.remove("404");
		}
		if (!writes) {
			codes.add("304");
		}
		for (String code : codes) {
			if (!responses.containsKey(code)) {
				responses.addApiResponse(code, new ApiResponse().description(REFUSALS.get(code)));
			}
		}
		Map<String, ApiResponse> sorted = new LinkedHashMap<>();
		responses.keySet().stream().sorted().forEach((code) -> sorted.put(code, responses.get(code)));
		responses.clear();
		sorted.forEach((code, response) -> {
			responses.addApiResponse(code, response);
			if (code.startsWith("2")) {
				json(response);
			}
			else if (code.startsWith("3")) {
				response.setContent(null);
			}
			else {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				bounds(parameter);
			}
		}
	}

	/** A success's body as {@code application/json}, never {@code *}/{@code *}. */
	private static void json(ApiResponse response) {
		Content content = response.getContent();
		if (content == null || !content.containsKey("*/*")) {
			return;
		}
		MediaType media = content.remove("*/*");
		content.addMediaType(JSON, media);
	}

	private static void bounds(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		if (schema == null) {
			return;
		}
		switch (parameter.getName()) {
			case "limit" -> {
				schema.setMinimum(java.math.BigDecimal.ONE);
				schema.setMaximum(java.math.BigDecimal.valueOf(Paged.MAX_LIMIT));
			}
			case "offset", "page" -> schema.setMinimum(java.math.BigDecimal.ZERO);
			default -> {
			}
		}
	}

	/** Every field that can come back {@code null} says so, as OpenAPI 3.1 does. */
	private static void nullables(Class<?> type, Schema<?> schema) {
		if (schema.getProperties() == null || type.getRecordComponents() == null) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				continue;
			}
			JsonProperty renamed = component.getAnnotation(JsonProperty.class);
			String name = (renamed != null && !renamed.value().isEmpty()) ? renamed.value() : component.getName();
			Schema<?> property = schema.getProperties().get(name);
			if (property != null) {
				schema.getProperties().put(name, nullable(property));
			}
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null) {
			Schema either = new Schema<>();
			either.setDescription(property.getDescription());
			either.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		return property;
	}

	/** The schema's name: its {@code @Schema(name)}, or the class's simple name. */
	static String schemaName(Class<?> type) {
		io.swagger.v3.oas.annotations.media.Schema named = type
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return (named != null && !named.name().isEmpty()) ? named.name() : type.getSimpleName();
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem: every refusal of the API, with a sentence in `detail` and, for bad "
					+ "input, an `errors` object keyed by field with the same words the forms show.")
			.addProperty("type", new StringSchema().description("Always about:blank.").example("about:blank"))
			.addProperty("title", new StringSchema().description("The status's name.").example("Bad Request"))
			.addProperty("status", new IntegerSchema().description("The HTTP status.").example(400))
			.addProperty("detail",
					new StringSchema().description("What went wrong, in the reader's language.")
						.example("Some values need another look; errors says which."))
			.addProperty("instance", new StringSchema().description("The path asked for.").example("/api/v1/sessions"))
			.addProperty("errors",
					new MapSchema().additionalProperties(new StringSchema())
						.description("For bad input: a sentence for each field that needs another look."))
			.addProperty("conflictingSessionId",
					new IntegerSchema().format("int64")
						.description("For an overlap (409): the logged session it would share time with."))
			.addRequiredItem("status")
			.addRequiredItem("title");
	}

}
