package app.relacta;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole parent flow in Spanish at 390 px, with a browser that asks for Spanish: sign
 * up, set up the plan, Today, log a session with a decimal comma, the journal, the baby's
 * checks, progress and settings, with no English left on the way; then English chosen in
 * Settings wins over the browser, and Spanish again. Screenshots go to
 * target/screenshots.
 */
@EnabledIf(value = "app.relacta.BrowserSupport#chromiumAvailable",
		disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
class SpanishBrowserTests extends PhoneBrowserTests {

	/** Words that would give away an English page. */
	private static final List<String> ENGLISH = List.of(" the ", " your ", "Today", "Log a session", "Save", "Settings",
			"Journal", "Sessions", "Please");

	@Test
	void aParentUsesRelactaInSpanishFromSignUpToProgress() {
		BrowserSupport.acceptLanguage(this.browser, "es-ES,es;q=0.9");
		this.browser.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "es-ES"));

		open("/signup");
		spanish("Crea tu cuenta");
		byId("email").sendKeys("es-" + UUID.randomUUID() + "@example.com");
		byId("password").sendKeys("una contraseña bastante larga");
		byId("displayName").sendKeys("Lucía");
		new Select(byId("timeZone")).selectByValue("Europe/Madrid");
		fullPage("58-es-signup-phone");
		navigate("main form button[type=submit]");
		spanish("Te damos la bienvenida a Relacta");
		spanish("Tu plan, paso 1 de 3");
		navigate("main form button[type=submit]");
		byId("supplementVolume").sendKeys("300");
		navigate("main form button[type=submit]");
		navigate("main form button[type=submit]");
		spanish("Tu plan está listo");
		fullPage("59-es-today-phone");

		open("/journal/new");
		spanish("Anotar una sesión");
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Madrid"))
			.minusHours(1)
			.truncatedTo(ChronoUnit.MINUTES);
		this.browser.executeScript("document.getElementById('startedAt').value = arguments[0];", start.toString());
		byId("leftVolume").sendKeys("12,5");
		byId("rightVolume").sendKeys("10");
		navigate("#save-session");
		spanish("Sesión anotada");
		assertThat(text("main")).contains("Izquierdo 12,5 · Derecho 10", "22,5 mL en total");
		fullPage("60-es-journal-phone");

		open("/baby");
		spanish("Tu bebé");
		byId("wetDiapers").sendKeys("7");
		byId("weight").sendKeys("4,25");
		navigate("main form button[type=submit]");
		spanish("Anotado. Gracias por estar pendiente de tu bebé.");
		assertThat(text("main")).contains("4,25 kg");

		open("/progress");
		spanish("Tu leche, día a día");
		assertThat(text("main")).contains("22,5");
		open("/plan");
		spanish("Las reglas y de dónde vienen");
		open("/settings");
		spanish("Ajustes");
		fullPage("61-es-settings-phone");

		// English chosen in Settings wins over the browser's Spanish, on every page.
		new Select(byId("language-choice")).selectByValue("EN");
		navigate("#save-language");
		assertThat(text("main")).contains("Your language is saved.");
		open("/");
		assertThat(text("main")).contains("Hello, Lucía");
		new Select(waitForSettings().findElement(By.id("language-choice"))).selectByValue("");
		navigate("#save-language");
		assertThat(text("main")).contains("Tu idioma está guardado.");
	}

	private org.openqa.selenium.WebElement waitForSettings() {
		open("/settings");
		return this.browser.findElement(By.id("language"));
	}

	/** The page says {@code expected}, is marked Spanish, and has no English in it. */
	private void spanish(String expected) {
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		String page = text("body");
		assertThat(page).contains(expected);
		for (String word : ENGLISH) {
			assertThat(page).as("English on %s", this.browser.getCurrentUrl()).doesNotContain(word);
		}
	}

}
