package app.relacta.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import app.relacta.PhoneBrowserTests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent brings their Huckleberry history on a phone: the file, the preview, one
 * confirm, and the journal with it. Screenshots go to target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class ImportBrowserTests extends PhoneBrowserTests {

	@Autowired
	private AccountService accounts;

	@TempDir
	private Path folder;

	@Test
	void aParentPreviewsAndImportsTheirHuckleberryExport() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		Path file = this.folder.resolve("huckleberry-export.csv");
		Files.writeString(file,
				new ClassPathResource("imports/huckleberry.csv").getContentAsString(StandardCharsets.UTF_8));
		logIn(parent.getEmail());
		open("/journal");
		navigate("#import-link");
		fullPage("47-import-form-phone");
		byId("file").sendKeys(file.toString());
		navigate("#import-form button[type=submit]");
		assertThat(text("#preview-sessions")).contains("3");
		assertThat(text("h1 + p")).contains("Huckleberry");
		fullPage("48-import-preview-phone");
		navigate("#confirm-import button");
		assertThat(text("#imported")).contains("3 sessions", "one day");
		open("/journal?until=2026-11-22");
		assertThat(text("#day-2026-11-22")).contains("Night pump");
	}

}
