package app.relacta;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser does with the running application over real HTTP: keeps its cookies (for
 * every port of localhost, as a browser does, so one browser can visit several
 * instances), follows no redirects, and posts forms with the CSRF token of their page.
 */
public final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * The client itself, for a request the helpers do not make, with the same cookies.
	 */
	public HttpClient client() {
		return this.client;
	}

	public HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the form's page for its CSRF token, then posts the fields to the same path.
	 */
	public HttpResponse<String> submit(int port, String path, String... fields)
			throws IOException, InterruptedException {
		return post(port, path, csrf(get(port, path).body()), fields);
	}

	/** Posts the fields with a CSRF token read earlier from a page. */
	public HttpResponse<String> post(int port, String path, String token, String... fields)
			throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			form.append('&')
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of a page's form. */
	public static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1);
	}

}
