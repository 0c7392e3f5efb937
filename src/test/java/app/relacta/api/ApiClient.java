package app.relacta.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the API, as a script would be: no cookies, an
 * {@code Authorization} header, JSON in and out.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private @Nullable ApiContractCheck contract;

	ApiClient(int port) {
		this.port = port;
	}

	/** A token made with the account's password, as {@code POST /api/v1/tokens}. */
	String token(String email, String password, @Nullable String body) throws IOException, InterruptedException {
		Answer answer = send("POST", "/api/v1/tokens", basic(email, password), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("No token: " + answer);
		}
		return answer.json().get("token").asString();
	}

	static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

	Answer send(String method, String path, @Nullable String authorization, @Nullable String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", body.startsWith("{") || body.startsWith("[") || body.startsWith("\"")
					|| body.equals("null") || body.matches("-?\\d.*") ? "application/json" : "text/csv");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("Location").orElse(null), response.body());
		// Every answer keeps the description's word, or the test fails here.
		List<String> broken = contract().violations(method, path, answer.status(), answer.contentType(), answer.body());
		if (!broken.isEmpty()) {
			throw new AssertionError("The answer breaks the API's description: " + broken + "\n" + answer.body());
		}
		return answer;
	}

	/** The description, read once from the server itself. */
	private ApiContractCheck contract() throws IOException, InterruptedException {
		if (this.contract == null) {
			HttpResponse<String> docs = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			this.contract = new ApiContractCheck(docs.body());
		}
		return this.contract;
	}

	Answer get(String path, String token) throws IOException, InterruptedException {
		return send("GET", path, bearer(token), null);
	}

	record Answer(int status, String contentType, @Nullable String location, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
