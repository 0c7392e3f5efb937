package app.relacta.system;

import java.io.IOException;

import app.relacta.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real server (Tomcat): a forged Host header is never echoed in a redirect, and an
 * anonymous visit to the login page makes no server session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostHeaderTests {

	@LocalServerPort
	private int port;

	@Test
	void aForgedHostIsNeverEchoedInARedirect() throws IOException {
		String response = raw("GET /journal HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
		assertThat(response).containsPattern("(?i)location: /login\\r\\n");
	}

	@Test
	void theLoginPageSetsNoSessionCookie() throws IOException {
		String response = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 200").doesNotContainPattern("(?i)set-cookie: (SESSION|JSESSIONID)=");
	}

	@Test
	void anAnonymousVisitToAPageThatNeedsALoginSetsNoSessionCookie() throws IOException {
		String response = raw("GET /journal HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 302").doesNotContainPattern("(?i)set-cookie: (SESSION|JSESSIONID)=");
	}

	/**
	 * With no proxy named, forwarded headers are anyone's words: a request that claims to
	 * have come through TLS is not taken for a secure one.
	 */
	@Test
	void forwardedHeadersFromAnUnnamedProxyAreIgnored() throws IOException {
		String claimed = raw("GET /login HTTP/1.1\r\nHost: relacta.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n");
		assertThat(claimed).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Strict-Transport-Security");
	}

	private String raw(String request) throws IOException {
		return RawHttp.exchange(this.port, request);
	}

}
