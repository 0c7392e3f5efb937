package app.relacta.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The journal's import as a parent uses it: a file and how to read it, a preview of what
 * would be added and left out, one confirm, and clear words beside the file field for a
 * file that cannot be taken, with the choices kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ImportWebTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	private SignedInUser parent;

	@BeforeEach
	void parent() {
		this.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
		Account account = TestAccounts.parent(this.accounts, "Europe/Paris", VolumeUnit.ML);
		this.parent = TestAccounts.user(account);
	}

	@Test
	void aPreviewThenOneConfirmImportsTheFile() throws IOException {
		assertThat(this.mvc.get().uri("/journal/import").with(user(this.parent))).hasStatusOk()
			.bodyText()
			.contains("Bring your history", "<option value=\"Europe/Paris\" selected=\"selected\">");
		MvcTestResult preview = upload("babybuddy-pumping.csv", file("babybuddy-pumping.csv"), "Europe/London");
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("a Baby Buddy pumping export", "Sessions to add: 4", "From 20 Nov 2026 to 21 Nov 2026",
					"Rows that will be left out: 3", "Line 5: it overlaps the session on line 4",
					"Line 7: a value could not be read", "Line 8: it is in the future");
		assertThat(this.mvc.get().uri("/journal?until=2026-11-21").with(user(this.parent))).bodyText()
			.as("nothing saved before the confirm")
			.doesNotContain("Night pump");

		MvcTestResult confirmed = this.mvc.post()
			.uri(confirmAction(preview))
			.with(user(this.parent))
			.with(csrf())
			.exchange();
		assertThat(confirmed).hasRedirectedUrl("/journal");
		assertThat(confirmed.getMvcResult().getFlashMap().get("importedSessions")).isEqualTo(4);
		assertThat(this.mvc.get().uri("/journal?until=2026-11-21").with(user(this.parent))).bodyText()
			.contains("Night pump", "Letdown after 5 min, felt good");
		assertThat(this.mvc.post().uri(confirmAction(preview)).with(user(this.parent)).with(csrf()))
			.as("a confirm works once")
			.hasStatus(404);
		assertThat(upload("babybuddy-pumping.csv", file("babybuddy-pumping.csv"), "Europe/London")).bodyText()
			.contains("Sessions to add: 0", "There is nothing new in this file")
			.doesNotContain("confirm-import");
	}

	@Test
	void aFileThatCannotBeTakenIsRefusedBesideItsFieldWithTheChoicesKept() throws IOException {
		assertThat(upload("broken.csv", file("broken.csv"), "Asia/Tokyo")).hasStatusOk()
			.bodyText()
			.contains("id=\"file-error\"", "Line 3: A quoted value is never closed",
					"<option value=\"Asia/Tokyo\" selected=\"selected\">");
		assertThat(upload("steps.csv", file("unknown.csv"), "Asia/Tokyo")).bodyText()
			.contains("Line 1: This does not look like a file Relacta knows");
		assertThat(upload("photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0, 0x10 }, "Asia/Tokyo")).bodyText()
			.contains("This is not a text (CSV) file");
		assertThat(upload("big.csv", new byte[Imports.MAX_BYTES + 1], "Asia/Tokyo")).bodyText()
			.contains("This file is over 10 MB");
		assertThat(this.mvc.post()
			.uri("/journal/import")
			.multipart()
			.param("timeZone", "Mars/Olympus")
			.param("unit", "ML")
			.param("weightUnit", "STONE")
			.param("minutes", "999")
			.with(user(this.parent))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Please choose a file to import.", "Please choose a time zone from the list.",
					"Please choose kilograms, grams or pounds.", "A session is at most 180 minutes.", "value=\"999\"");
	}

	private MvcTestResult upload(String name, String content, String zone) {
		return upload(name, content.getBytes(StandardCharsets.UTF_8), zone);
	}

	private MvcTestResult upload(String name, byte[] content, String zone) {
		return this.mvc.post()
			.uri("/journal/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", content))
			.param("timeZone", zone)
			.param("unit", "ML")
			.param("weightUnit", "KG")
			.param("minutes", "15")
			.with(user(this.parent))
			.with(csrf())
			.exchange();
	}

	private static String confirmAction(MvcTestResult preview) throws IOException {
		Matcher action = Pattern.compile("action=\"(/journal/import/[^\"]+)\"")
			.matcher(preview.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(action.find()).as("a confirm button").isTrue();
		return action.group(1);
	}

	private static String file(String name) throws IOException {
		return new ClassPathResource("imports/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
