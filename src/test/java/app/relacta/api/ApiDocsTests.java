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
