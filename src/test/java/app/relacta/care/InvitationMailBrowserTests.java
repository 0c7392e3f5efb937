package app.relacta.care;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.BrowserSupport;
import app.relacta.FreePorts;
import app.relacta.PhoneBrowserTests;
import app.relacta.TestSmtp;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant at a phone follows the link in the invitation email, signs up on the way
 * and accepts. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class InvitationMailBrowserTests extends PhoneBrowserTests {

	private static final int SMTP_PORT = FreePorts.any();

	private static final int SERVER_PORT = FreePorts.any();

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server(SMTP_PORT);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		// The links in emails point at this very server, as a real one's would: its port
		// is
		// chosen here, not at random after the application has read its address.
		registry.add("server.port", () -> SERVER_PORT);
		TestSmtp.use(registry, SMTP_PORT, "http://localhost:" + SERVER_PORT);
	}

	@Autowired
	private AccountService accounts;

	@Test
	void theEmailedLinkTakesANewConsultantThroughSignUpToAcceptingIt() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		String consultantEmail = "alex-" + UUID.randomUUID() + "@example.com";
		logIn(parent.getEmail());
		open("/sharing");
		byId("email").sendKeys(consultantEmail);
		navigate("form[action$='/sharing/invitations/email'] button[type=submit]");
		assertThat(text("#delivery")).contains("We emailed this invitation to " + consultantEmail);
		fullPage("40-invitation-emailed-phone");

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		Matcher link = Pattern.compile("http://localhost:" + SERVER_PORT + "(/invitations/[2-9A-Z-]{14})")
			.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		assertThat(link.find()).isTrue();

		// The consultant's own phone: no account yet, so the link asks them to log in;
		// they
		// sign up instead and are brought back to the invitation.
		this.browser.quit();
		this.browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, PHONE_HEIGHT, true);
		open(link.group(1));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		navigate(this.browser.findElement(By.linkText("Sign up")));
		assertThat(text("#invited")).contains("invitation is waiting for you");
		assertThat(this.browser.findElement(By.cssSelector("input[name=role][value=CONSULTANT]")).isSelected())
			.isTrue();
		byId("email").sendKeys(consultantEmail);
		byId("password").sendKeys(TestAccounts.PASSWORD);
		byId("displayName").sendKeys("Alex Kim");
		new Select(byId("timeZone")).selectByValue("Europe/London");
		byId("credential").sendKeys("IBCLC");
		fullPage("41-invitation-signup-phone");
		navigate("main form button[type=submit]");
		assertThat(this.browser.getCurrentUrl()).endsWith(link.group(1));
		assertThat(text("main")).contains("Welcome to Relacta. Here is the page you were on your way to.",
				"Test parent invites you");
		fullPage("42-invitation-after-signup-phone");
		navigate("#accept-invitation");
		assertThat(text(".flash")).contains("Invitation accepted");
		assertThat(text(".client-bar")).contains("Test parent");
		assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
	}

}
