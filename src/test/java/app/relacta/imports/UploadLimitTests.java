package app.relacta.imports;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file far over the limit, sent to the running server: the browser is answered (not cut
 * off) and sent back to the form, which says why.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UploadLimitTests {

	@LocalServerPort
	private int port;

	@Test
	void anUploadOverTheServersLimitIsAnsweredWithTheFormAndWhy() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		assertThat(browser
			.submit(this.port, "/signup", "email", "big-" + UUID.randomUUID() + "@example.com", "password",
					"a sentence of my own", "displayName", "Ana", "timeZone", "Europe/London", "unit", "ML")
			.statusCode()).isEqualTo(302);
		String token = HttpBrowser.csrf(browser.get(this.port, "/journal/import").body());
		String boundary = "relacta" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 20 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> answer = browser.client()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/journal/import?_csrf=" + token))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		// Tomcat refuses it while reading the form (the CSRF check reads a parameter),
		// and
		// the error page says why and leads back to the import.
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("That file is too large", "up to 10 MB", "id=\"import-again\"");
	}

}
