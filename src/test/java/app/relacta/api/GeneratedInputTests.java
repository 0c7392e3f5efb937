package app.relacta.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.care.InvitationService;
import app.relacta.care.TestCare;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated input (issue 28): for every operation of the description, requests made from
 * its own parameters and schemas, some valid and most not (values at and past their
 * bounds, of the wrong type, missing, absurd, bodies with a field dropped or replaced),
 * sent to the real server. Each answer must keep the description's word (checked by
 * {@link ApiClient} on every answer) and none may be a 5xx. The seed is fixed, so a
 * failure is the same on every run; it is printed with each failure.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeneratedInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Requests per operation. */
	private static final int PER_OPERATION = 30;

	private static final long SEED = 20261208L;

	/**
	 * Values no field takes as they are, of every kind a careless or hostile client
	 * sends.
	 */
	private static final List<Object> JUNK = List.of("", "abc", "-1", "0", "1e309", "-0", "99999999999999999999",
			"2026-02-30", "2026-13-01", "null", "true", "%00", "x".repeat(1_001), "1.5", "NaN", "2026-11-28T25:00");

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private InvitationService invitations;

	@Test
	void everyOperationAnswersGeneratedInputByItsDescriptionAndNeverWithA5xx() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		Account consultant = TestAccounts.consultant(this.accounts, "Generated IBCLC");
		TestCare.share(this.invitations, parent, consultant);
		String parentToken = this.tokens.create(parent.getId(), "Generated", ApiAccess.READ_WRITE).token();
		String consultantToken = this.tokens.create(consultant.getId(), "Generated", ApiAccess.READ).token();
		ApiClient api = new ApiClient(this.port);
		JsonNode docs = JSON.readTree(api.send("GET", "/v3/api-docs", null, null).body());
		long sessionId = api
			.send("POST", "/api/v1/sessions", ApiClient.bearer(parentToken),
					"{\"start\": \"2026-11-20T07:00\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}")
			.json()
			.path("id")
			.asLong(1);

		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		int sent = 0;
		JsonNode paths = docs.get("paths");
		for (String template : paths.propertyNames()) {
			for (String method : paths.get(template).propertyNames()) {
				JsonNode operation = paths.get(template).get(method);
				for (int i = 0; i < PER_OPERATION; i++) {
					String path = path(template, operation, random, parent.getId(), sessionId);
					String authorization = template.equals("/api/v1/tokens")
							? ApiClient.basic(parent.getEmail(), TestAccounts.PASSWORD)
							: ApiClient.bearer(template.startsWith("/api/v1/clients") ? consultantToken : parentToken);
					String body = body(operation, docs, random);
					String request = method.toUpperCase(Locale.ROOT) + " " + path + " " + body;
					sent++;
					try {
						ApiClient.Answer answer = api.send(method.toUpperCase(Locale.ROOT), path, authorization, body);
						statuses.merge(answer.status(), 1, Integer::sum);
						if (answer.status() >= 500) {
							failures.add(request + " -> " + answer.status() + " " + answer.body());
						}
					}
					catch (AssertionError broken) {
						failures.add(request + " -> " + broken.getMessage());
					}
				}
			}
		}
		System.out.printf("Generated input: %d requests, by status %s%n", sent, statuses);
		assertThat(sent).isGreaterThanOrEqualTo(14 * PER_OPERATION);
		assertThat(statuses.keySet()).as("valid and refused requests both").contains(200, 400);
		assertThat(failures).as("answers that break the description (seed %d)", SEED).isEmpty();
	}

	/** The path with its variables filled and a query of generated parameters. */
	private static String path(String template, JsonNode operation, Random random, long clientId, long sessionId) {
		StringBuilder query = new StringBuilder();
		String path = template;
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.get("name").asString();
			String in = parameter.get("in").asString();
			boolean required = parameter.path("required").asBoolean(false);
			String value = value(name, parameter.path("schema"), random, clientId, sessionId);
			if (in.equals("path")) {
				path = path.replace("{" + name + "}", (value != null && !value.isEmpty()) ? encode(value) : "0");
			}
			else if (in.equals("query") && (value != null || required && random.nextInt(4) > 0)) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(name)
					.append('=')
					.append(encode((value != null) ? value : ""));
			}
		}
		return path + query;
	}

	/** A value for a parameter: valid half the time, or at or past a bound, or junk. */
	private static String value(String name, JsonNode schema, Random random, long clientId, long sessionId) {
		int pick = random.nextInt(10);
		if (pick == 0) {
			return null;
		}
		if (pick >= 6) {
			return String.valueOf(JUNK.get(random.nextInt(JUNK.size())));
		}
		String type = schema.path("type").asString("string");
		String format = schema.path("format").asString("");
		if (name.equals("clientId")) {
			return String.valueOf(clientId);
		}
		if (name.equals("id")) {
			return String.valueOf((pick < 4) ? sessionId : random.nextInt(1_000_000));
		}
		if (format.equals("date")) {
			return "2026-11-" + String.format("%02d", 1 + random.nextInt(28));
		}
		if (type.equals("integer") || type.equals("number")) {
			long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
			long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1000;
			return String.valueOf(switch (pick) {
				case 1 -> min;
				case 2 -> max;
				case 3 -> max + 1;
				default -> min + random.nextInt((int) Math.min(1000, max - min + 1));
			});
		}
		if (type.equals("boolean")) {
			return String.valueOf(random.nextBoolean());
		}
		if (schema.has("enum")) {
			JsonNode choices = schema.get("enum");
			return choices.get(random.nextInt(choices.size())).asString();
		}
		return "x" + random.nextInt(100);
	}

	/**
	 * A body from the documented example, most often with a field dropped or replaced.
	 */
	private static String body(JsonNode operation, JsonNode docs, Random random) {
		JsonNode content = operation.path("requestBody").path("content");
		if (content.has("text/csv")) {
			return random.nextBoolean() ? "id,amount,start\n1,30,2026-11-20 02:10:00\n"
					: "x".repeat(random.nextInt(50)) + "\n" + JUNK.get(random.nextInt(JUNK.size()));
		}
		JsonNode schema = content.path("application/json").path("schema");
		if (schema.isMissingNode()) {
			return null;
		}
		int pick = random.nextInt(10);
		if (pick == 0) {
			return "{\"not json";
		}
		ObjectNode example = example(resolve(schema, docs), docs);
		List<String> names = new ArrayList<>();
		example.propertyNames().forEach(names::add);
		if (!names.isEmpty() && pick >= 3) {
			String name = names.get(random.nextInt(names.size()));
			if (pick < 5) {
				example.remove(name);
			}
			else {
				Object junk = (random.nextBoolean()) ? JUNK.get(random.nextInt(JUNK.size()))
						: List.of(1e308, -1, Long.MAX_VALUE, 0.0001, true, List.of(), "").get(random.nextInt(7));
				example.set(name, JSON.valueToTree(junk));
			}
		}
		return example.toString();
	}

	private static JsonNode resolve(JsonNode schema, JsonNode docs) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : docs.at(ref.substring(1));
	}

	/** An object of each property's documented example. */
	private static ObjectNode example(JsonNode schema, JsonNode docs) {
		ObjectNode example = JSON.createObjectNode();
		for (Iterator<String> names = schema.path("properties").propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			JsonNode property = resolve(schema.get("properties").get(name), docs);
			if (property.has("example")) {
				example.set(name, property.get("example"));
			}
		}
		return example;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
