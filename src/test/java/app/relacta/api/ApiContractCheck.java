package app.relacta.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an answer of the API against its OpenAPI description (issue 28): the operation
 * is described, the status is one it documents, the media type is the documented one, and
 * the body matches the documented schema (networknt's JSON Schema validator with the
 * OpenAPI 3.1 dialect, the one maintained validator on Jackson 3, which the application
 * already uses). A test that gets an answer the description does not allow fails.
 */
public final class ApiContractCheck {

	/** Where the description is registered for {@code $ref}s to resolve. */
	private static final String DOCS = "https://relacta.test/v3/api-docs";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode docs;

	private final SchemaRegistry registry;

	public ApiContractCheck(String description) {
		this.docs = JSON.readTree(description);
		this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(DOCS, description)));
	}

	/**
	 * What is wrong with this answer by the description: nothing (an empty list) when it
	 * keeps its word. A path or method no operation describes may only be refused (a 4xx,
	 * or 501 for a method the server does not know).
	 */
	public List<String> violations(String method, String pathAndQuery, int status, @Nullable String contentType,
			@Nullable String body) {
		String path = pathAndQuery.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
		if (!path.startsWith("/api/")) {
			// Not the API's (its description itself, say).
			return List.of();
		}
		String template = template(path);
		String name = method + " " + path + " " + status;
		List<String> wrong = new ArrayList<>();
		JsonNode operation = (template != null)
				? this.docs.get("paths").get(template).get(method.toLowerCase(Locale.ROOT)) : null;
		if (operation == null) {
			if (!(status >= 400 && status < 500) && status != 501) {
				wrong.add(name + ": no operation describes it");
			}
			return wrong;
		}
		JsonNode response = operation.path("responses").get(String.valueOf(status));
		if (response == null) {
			wrong.add(name + ": status not documented (documented: "
					+ String.join(", ", operation.path("responses").propertyNames()) + ")");
			return wrong;
		}
		if (body == null || body.isEmpty() || "HEAD".equals(method)) {
			return wrong;
		}
		String media = (contentType != null) ? contentType.replaceFirst(";.*$", "").strip() : "";
		JsonNode content = response.path("content").get(media);
		if (content == null) {
			wrong.add(name + ": media type " + media + " not documented (documented: "
					+ String.join(", ", response.path("content").propertyNames()) + ")");
			return wrong;
		}
		String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status
				+ "/content/" + escape(media) + "/schema";
		Schema schema = this.registry.getSchema(SchemaLocation.of(DOCS + "#" + pointer));
		for (Error error : schema.validate(JSON.readTree(body))) {
			wrong.add(name + ": " + error.getInstanceLocation() + " " + error.getMessage());
		}
		return wrong;
	}

	/** The described path this one is, literal parts before variables. */
	private @Nullable String template(String path) {
		String best = null;
		int bestLiterals = -1;
		for (String template : this.docs.get("paths").propertyNames()) {
			String[] want = template.split("/");
			String[] got = path.split("/");
			if (want.length != got.length) {
				continue;
			}
			int literals = 0;
			boolean matches = true;
			for (int i = 0; i < want.length && matches; i++) {
				if (want[i].startsWith("{")) {
					matches = !got[i].isEmpty();
				}
				else {
					matches = want[i].equals(got[i]);
					literals++;
				}
			}
			if (matches && literals > bestLiterals) {
				best = template;
				bestLiterals = literals;
			}
		}
		return best;
	}

	/** A JSON pointer's token (RFC 6901). */
	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
