package app.relacta.care;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import app.relacta.FreePorts;
import app.relacta.HttpBrowser;
import app.relacta.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations by email, over real HTTP with an SMTP server in the test (GreenMail): the
 * email reaches the consultant with a link to the invitation, the link survives their
 * signing up, and an SMTP server out of reach loses no invitation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InvitationMailTests {

	private static final int SMTP_PORT = FreePorts.any();

	private static final String PUBLIC_URL = "https://relacta.test";

	private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/invitations/[2-9A-Z-]{14})");

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server(SMTP_PORT);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestSmtp.use(registry, SMTP_PORT, PUBLIC_URL + "/");
		registry.add("relacta.mail.from", () -> "Relacta <hello@relacta.test>");
	}

	@LocalServerPort
	private int port;

	@Test
	void theEmailedLinkLeadsANewConsultantThroughSignUpToTheInvitation() throws Exception {
		HttpBrowser parent = signedUp("Maya", "PARENT");
		String consultantEmail = "alex-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> invited = parent.post(this.port, "/sharing/invitations/email",
				HttpBrowser.csrf(parent.get(this.port, "/sharing").body()), "email", consultantEmail);
		assertThat(invited.statusCode()).isEqualTo(302);
		String sharing = parent.get(this.port, "/sharing").body();
		assertThat(sharing).contains("We emailed this invitation to " + consultantEmail,
				"Invitation emailed to your consultant.", "data-delivery=\"SENT\"");

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly(consultantEmail);
		assertThat(email.getFrom()).extracting(Object::toString).containsExactly("Relacta <hello@relacta.test>");
		assertThat(email.getSubject()).isEqualTo("Maya invites you to follow their milk supply on Relacta");
		String body = GreenMailUtil.getBody(email);
		assertThat(body).contains("Maya is rebuilding their milk supply", "works once, for 7 days");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link to the invitation in %s", body).isTrue();
		String invitation = link.group(1);
		assertThat(sharing).as("the parent is shown the same link, once").contains(PUBLIC_URL + invitation);

		// The consultant has no account yet: the link asks them to log in, and signing up
		// instead brings them back to the invitation, with the consultant's role chosen.
		HttpBrowser consultant = new HttpBrowser();
		HttpResponse<String> opened = consultant.get(this.port, invitation);
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		String signup = consultant.get(this.port, "/signup").body();
		assertThat(signup).contains("id=\"invited\"").containsPattern("value=\"CONSULTANT\"[^>]*checked");
		HttpResponse<String> signedUp = consultant.post(this.port, "/signup", HttpBrowser.csrf(signup), "email",
				consultantEmail, "password", "a sentence of my own", "displayName", "Alex Kim", "timeZone",
				"Europe/London", "unit", "ML", "role", "CONSULTANT");
		assertThat(signedUp.statusCode()).isEqualTo(302);
		assertThat(signedUp.headers().firstValue("Location")).hasValue(invitation);
		String offer = consultant.get(this.port, invitation).body();
		assertThat(offer).contains("Maya");
		HttpResponse<String> accepted = consultant.post(this.port, invitation, HttpBrowser.csrf(offer));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(consultant.get(this.port, "/clients").body()).contains("Maya");
	}

	@Test
	void anSmtpServerOutOfReachLosesNoInvitation() throws Exception {
		HttpBrowser parent = signedUp("Rosa", "PARENT");
		smtp.stop();
		HttpResponse<String> invited = parent.post(this.port, "/sharing/invitations/email",
				HttpBrowser.csrf(parent.get(this.port, "/sharing").body()), "email", "sam@example.com");
		assertThat(invited.statusCode()).isEqualTo(302);
		String sharing = parent.get(this.port, "/sharing").body();
		assertThat(sharing).contains("We could not send the email to sam@example.com just now",
				"Your invitation is saved", "data-delivery=\"FAILED\"", "id=\"invitation-link\"");
		assertThat(sharing).as("the open invitation, listed").contains("sam@example.com</strong>");
	}

	private HttpBrowser signedUp(String name, String role) throws IOException, InterruptedException {
		HttpBrowser browser = new HttpBrowser();
		HttpResponse<String> signedUp = browser.submit(this.port, "/signup", "email",
				name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com", "password", "a sentence of my own",
				"displayName", name, "timeZone", "Europe/London", "unit", "ML", "role", role);
		assertThat(signedUp.statusCode()).isEqualTo(302);
		return browser;
	}

}
