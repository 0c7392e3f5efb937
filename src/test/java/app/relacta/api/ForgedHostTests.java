package app.relacta.api;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import app.relacta.RawHttp;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A forged {@code Host} or {@code X-Forwarded-Host} never ends up in a link Relacta hands
 * out: the API's next and previous pages and a new session's {@code Location}, the
 * sharing page's invitation and read-only links. Without {@code relacta.public-url} they
 * are relative (the browser writes a link to copy out in full).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ForgedHostTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApiTokens tokens;

	@Test
	void theApisLinksNeverCarryARequestsHost() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String token = this.tokens.create(parent.getId(), "probe", ApiAccess.READ_WRITE).token();
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
		String body = "{\"start\": \"" + now.minusHours(3)
				+ "\", \"durationMinutes\": 20, \"method\": \"DOUBLE_PUMP\"}";
		String created = raw(
				"POST /api/v1/sessions HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
						+ "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
						+ body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(created).startsWith("HTTP/1.1 201").doesNotContain("evil.example");
		assertThat(created).containsPattern("(?i)location: /api/v1/sessions/\\d+\\r\\n");
		new ApiClient(this.port).send("POST", "/api/v1/sessions", ApiClient.bearer(token),
				body.replace(now.minusHours(3).toString(), now.minusHours(1).toString()));

		String page = raw("GET /api/v1/sessions?limit=1&offset=1 HTTP/1.1\r\nHost: evil.example\r\n"
				+ "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nAuthorization: Bearer " + token
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 200")
			.doesNotContain("evil.example")
			.contains("\"previous\":\"/api/v1/sessions?limit=1&offset=0\"");
	}

	@Test
	void theSharingPagesLinksNeverCarryARequestsHost() {
		SignedInUser parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		var invited = this.mvc.post()
			.uri("/sharing/invitations")
			.header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.with(user(parent))
			.with(csrf())
			.exchange();
		assertThat(invited).hasStatus3xxRedirection();
		var page = this.mvc.get()
			.uri("/sharing")
			.header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.with(user(parent))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().doesNotContain("evil.example");
		assertThat(page).model().containsEntry("invitationBase", "/invitations/");

		var link = TestRequests.post(this.mvc, parent, "/sharing/links", "label", "Grandma", "days", "7");
		assertThat(link).hasStatus3xxRedirection();
		assertThat(String.valueOf(link.getMvcResult().getFlashMap().get("newLink"))).startsWith("/shared/");
	}

	private String raw(String request) throws IOException {
		return RawHttp.exchange(this.port, request);
	}

}
