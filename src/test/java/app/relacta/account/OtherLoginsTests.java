package app.relacta.account;

import java.net.http.HttpResponse;

import app.relacta.HttpBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change ends every other login of the account (a lost phone, someone who knew
 * the old password), and its API tokens if the owner ticks it; "log out of every other
 * device" does the same without a new password. The device that asked stays logged in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OtherLoginsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private Account parent;

	private HttpBrowser phone;

	private HttpBrowser laptop;

	@BeforeEach
	void loggedInOnTwoDevices() throws Exception {
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.phone = logIn(TestAccounts.PASSWORD);
		this.laptop = logIn(TestAccounts.PASSWORD);
		assertThat(this.phone.get(this.port, "/settings").body()).contains("You are logged in on one other device");
	}

	@Test
	void aNewPasswordLogsOutEveryOtherDeviceAndEndsTheTokensWhenTicked() throws Exception {
		makeToken();
		HttpResponse<String> changed = this.phone.post(this.port, "/settings/password",
				HttpBrowser.csrf(this.phone.get(this.port, "/settings").body()), "currentPassword",
				TestAccounts.PASSWORD, "newPassword", "a brand new sentence of mine", "revokeTokens", "true");
		assertThat(location(changed)).isEqualTo("/settings");
		assertThat(location(this.laptop.get(this.port, "/journal"))).as("the laptop is logged out").endsWith("/login");
		assertThat(this.phone.get(this.port, "/journal").statusCode()).as("the phone stays in").isEqualTo(200);
		assertThat(tokens()).isZero();
	}

	@Test
	void aNewPasswordKeepsTheTokensUnlessTicked() throws Exception {
		makeToken();
		HttpResponse<String> changed = this.phone.post(this.port, "/settings/password",
				HttpBrowser.csrf(this.phone.get(this.port, "/settings").body()), "currentPassword",
				TestAccounts.PASSWORD, "newPassword", "a brand new sentence of mine");
		assertThat(location(changed)).isEqualTo("/settings");
		assertThat(location(this.laptop.get(this.port, "/journal"))).endsWith("/login");
		assertThat(tokens()).isOne();
	}

	@Test
	void logOutOfEveryOtherDeviceWithoutANewPassword() throws Exception {
		HttpResponse<String> ended = this.phone.post(this.port, "/settings/logins/end-others",
				HttpBrowser.csrf(this.phone.get(this.port, "/settings").body()));
		assertThat(location(ended)).isEqualTo("/settings#logins");
		assertThat(location(this.laptop.get(this.port, "/journal"))).endsWith("/login");
		assertThat(this.phone.get(this.port, "/settings").body()).contains("You are not logged in on any other device");
		// The old password still works: nothing else changed.
		assertThat(location(logInAnswer(new HttpBrowser(), TestAccounts.PASSWORD))).isEqualTo("/");
	}

	private void makeToken() throws Exception {
		assertThat(this.phone
			.post(this.port, "/settings/tokens", HttpBrowser.csrf(this.phone.get(this.port, "/settings/tokens").body()),
					"name", "Pump app", "access", "READ_WRITE")
			.statusCode()).isLessThan(400);
		assertThat(tokens()).isOne();
	}

	private long tokens() {
		return this.jdbc.queryForObject("select count(*) from api_token where account_id = ?", Long.class,
				this.parent.getId());
	}

	private HttpBrowser logIn(String password) throws Exception {
		HttpBrowser browser = new HttpBrowser();
		assertThat(location(logInAnswer(browser, password))).isEqualTo("/");
		return browser;
	}

	private HttpResponse<String> logInAnswer(HttpBrowser browser, String password) throws Exception {
		return browser.submit(this.port, "/login", "username", this.parent.getEmail(), "password", password);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
	}

}
