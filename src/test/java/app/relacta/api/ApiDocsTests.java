package app.relacta.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description is the API's manual: every {@code /api} route is in it, every
 * operation, parameter and field is described, and the examples it gives are accepted by
 * the API as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ApiDocsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private MutableClock clock;

	private JsonNode docs() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void everyApiRouteIsDocumentedAndNothingElse() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/") && !pattern.equals("/api/**")) {
					for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
						routes.add(method + " " + pattern);
					}
				}
			}
		}
		Set<String> documented = new TreeSet<>();
		JsonNode paths = docs().get("paths");
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
			}
		}
		assertThat(routes).hasSizeGreaterThanOrEqualTo(13);
		assertThat(documented).isEqualTo(routes);
	}

	@Test
	void everyOperationParameterAndFieldIsDescribed() {
		JsonNode docs = docs();
		List<String> undescribed = new ArrayList<>();
		JsonNode paths = docs.get("paths");
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode operation = paths.get(path).get(method);
				if (!operation.hasNonNull("summary")) {
					undescribed.add(method + " " + path);
				}
				for (JsonNode parameter : operation.path("parameters")) {
					if (!parameter.hasNonNull("description")) {
						undescribed.add(method + " " + path + " ?" + parameter.get("name").asString());
					}
				}
			}
		}
		JsonNode schemas = docs.get("components").get("schemas");
		for (String name : schemas.propertyNames()) {
			JsonNode properties = schemas.get(name).path("properties");
			for (String field : properties.propertyNames()) {
				JsonNode property = properties.get(field);
				boolean described = property.hasNonNull("description") || property.hasNonNull("$ref")
						|| property.path("items").hasNonNull("$ref");
				if (!described) {
					undescribed.add(name + "." + field);
				}
			}
		}
		assertThat(undescribed).isEmpty();
		assertThat(docs.get("components").get("securitySchemes").propertyNames()).contains("token", "password");
	}

	/**
	 * The description is the contract (issue 28): each operation says what it answers,
	 * with a schema and a media type, under a name a generated client can use.
	 */
	@Test
	void everyOperationDocumentsItsSuccessAndEveryRefusalAsAProblem() {
		JsonNode docs = docs();
		List<String> missing = new ArrayList<>();
		JsonNode paths = docs.get("paths");
		Set<String> ids = new TreeSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode operation = paths.get(path).get(method);
				String name = method + " " + path;
				String id = operation.path("operationId").asString("");
				if (!id.matches("[a-z][A-Za-z]+") || !ids.add(id)) {
					missing.add(name + ": operationId " + id);
				}
				JsonNode responses = operation.get("responses");
				boolean success = false;
				for (String code : responses.propertyNames()) {
					JsonNode content = responses.get(code).path("content");
					if (code.startsWith("2")) {
						success = true;
						if (!code.equals("204") && !content.has("application/json")) {
							missing.add(name + " " + code + ": " + content.propertyNames());
						}
					}
					else if (code.startsWith("3")) {
						if (!content.isMissingNode()) {
							missing.add(name + " " + code + " has a body");
						}
					}
					else if (!content.path("application/problem+json")
						.path("schema")
						.path("$ref")
						.asString("")
						.endsWith("/Problem")) {
						missing.add(name + " " + code + " is not a problem");
					}
				}
				if (!success) {
					missing.add(name + ": no 2xx");
				}
				List<String> codes = new ArrayList<>();
				responses.propertyNames().forEach(codes::add);
				List<String> expected = new ArrayList<>(List.of("401", "429", "503"));
				if (method.equals("get")) {
					expected.add("304");
				}
				if (!method.equals("get")) {
					expected.add(path.endsWith("/tokens") ? "401" : "403");
				}
				if (operation.has("requestBody")) {
					expected.addAll(List.of("400", "415"));
				}
				if (!codes.containsAll(expected)) {
					missing.add(name + ": " + codes + " lacks some of " + expected);
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(ids).contains("listSessions", "getSession", "createSession", "updateSession", "deleteSession",
				"createToken");
		assertThat(docs.toString()).doesNotContain("*/*");
	}

	@Test
	void whatCanComeBackNullSaysSoAndThePageHasItsBounds() {
		JsonNode docs = docs();
		JsonNode schemas = docs.get("components").get("schemas");
		for (String field : List.of("Session.leftMl", "Session.rightMl", "Session.totalMl", "Session.notes",
				"Today.nextDue", "Today.totalMlSoFar", "Advice.status", "BabyCheck.weightGrams", "PagedSession.next",
				"PagedClient.previous")) {
			String[] parts = field.split("\\.");
			JsonNode property = schemas.get(parts[0]).get("properties").get(parts[1]);
			assertThat(property).as(field).isNotNull();
			assertThat(property.toString()).as(field).contains("\"null\"");
		}
		assertThat(schemas.get("Session").get("properties").get("id").toString()).doesNotContain("\"null\"");
		JsonNode limit = null;
		for (JsonNode parameter : docs.get("paths").get("/api/v1/sessions").get("get").get("parameters")) {
			if (parameter.get("name").asString().equals("limit")) {
				limit = parameter.get("schema");
			}
		}
		assertThat(limit).isNotNull();
		assertThat(limit.get("minimum").asInt()).isEqualTo(1);
		assertThat(limit.get("maximum").asInt()).isEqualTo(500);
		Set<String> known = new TreeSet<>();
		ApiContract.RECORDS.forEach((type) -> known.add(ApiContract.schemaName(type)));
		known.add(ApiContract.PROBLEM);
		List<String> schemaNames = new ArrayList<>();
		schemas.propertyNames().forEach(schemaNames::add);
		assertThat(known).as("every schema's record is known to the contract")
			.containsAll(schemaNames.stream().filter((name) -> !name.startsWith("Paged")).toList());
	}

	@Test
	void theDocumentedExamplesAreAccepted() {
		this.clock.set(Instant.parse("2026-11-29T12:00:00Z"));
		Account parent = TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.ML);
		String token = this.tokens.create(parent.getId(), "Examples", ApiAccess.READ_WRITE).token();
		JsonNode schemas = docs().get("components").get("schemas");

		MvcTestResult logged = this.mvc.post()
			.uri("/api/v1/sessions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(example(schemas.get("SessionInput")).toString())
			.exchange();
		assertThat(logged).hasStatus(201);

		MvcTestResult noted = this.mvc.put()
			.uri("/api/v1/baby-checks/2026-11-28")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(example(schemas.get("BabyCheckInput")).toString())
			.exchange();
		assertThat(noted).hasStatusOk();

		MvcTestResult made = this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, ApiClient.basic(parent.getEmail(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(example(schemas.get("TokenRequest")).toString())
			.exchange();
		assertThat(made).hasStatus(201);
		assertThat(made).bodyJson().extractingPath("$.access").isEqualTo("READ");

		for (String query : List.of("/api/v1/daily?from=2026-11-01&to=2026-11-28",
				"/api/v1/baby-checks?from=2026-11-01&to=2026-11-28", "/api/v1/sessions?from=2026-11-01&to=2026-11-28",
				"/api/v1/today")) {
			assertThat(this.mvc.get().uri(query).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
				.as(query)
				.hasStatusOk();
		}
	}

	/** An object made of each property's documented example. */
	private static ObjectNode example(JsonNode schema) {
		assertThat(schema).as("a documented schema").isNotNull();
		ObjectNode example = JSON.createObjectNode();
		JsonNode properties = schema.get("properties");
		for (Iterator<String> names = properties.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			JsonNode value = properties.get(name).get("example");
			assertThat(value).as(name + " has an example").isNotNull();
			example.set(name, value);
		}
		return example;
	}

}
