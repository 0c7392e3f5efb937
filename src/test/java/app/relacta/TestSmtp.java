package app.relacta;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An SMTP server inside a test (GreenMail), and the settings that turn the application's
 * email on towards it.
 */
public final class TestSmtp {

	private static final String HOST = "127.0.0.1";

	private TestSmtp() {
	}

	/** An SMTP server on this port, started and emptied around each test. */
	public static GreenMailExtension server(int port) {
		return new GreenMailExtension(new ServerSetup(port, HOST, "smtp"));
	}

	/** Email on, sent to the server on this port, with links to {@code publicUrl}. */
	public static void use(DynamicPropertyRegistry registry, int port, String publicUrl) {
		registry.add("spring.mail.host", () -> HOST);
		registry.add("spring.mail.port", () -> port);
		registry.add("relacta.public-url", () -> publicUrl);
	}

}
