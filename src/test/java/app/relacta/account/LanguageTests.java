package app.relacta.account;

import java.util.Locale;

import app.relacta.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The language of a page: the browser's when Relacta speaks it (Spanish for es, es-MX),
 * English otherwise, and the one chosen in Settings over the browser's; numbers with a
 * decimal comma in Spanish, read back whichever way they are typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void theBrowsersLanguageWhenRelactaSpeaksItElseEnglish() {
		assertThat(this.mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES,es;q=0.9")).bodyText()
			.contains("<html lang=\"es\"", "Hola de nuevo", "Entrar");
		assertThat(this.mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX")).bodyText()
			.contains("Hola de nuevo");
		assertThat(this.mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8")).bodyText()
			.contains("<html lang=\"en\"", "Welcome back");
		assertThat(this.mvc.get().uri("/login")).bodyText().contains("Welcome back");
		assertThat(this.mvc.get().uri("/signup").header(HttpHeaders.ACCEPT_LANGUAGE, "es")).bodyText()
			.contains("Crea tu cuenta", "Mostrar volúmenes en");
	}

	@Test
	void theLanguageChosenInSettingsWinsOverTheBrowsers() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/Madrid", VolumeUnit.ML);
		SignedInUser who = TestAccounts.user(parent);
		assertThat(this.mvc.post()
			.uri("/settings/language")
			.param("language", "ES")
			.with(user(who))
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")).hasStatus3xxRedirection();
		Account chosen = this.accounts.get(parent.getId());
		assertThat(chosen.getLanguage()).isEqualTo(Language.ES);
		assertThat(chosen.locale()).isEqualTo(Locale.forLanguageTag("es"));

		SignedInUser speaking = new SignedInUser(chosen);
		assertThat(this.mvc.get().uri("/").with(user(speaking)).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB")).bodyText()
			.contains("<html lang=\"es\"", "Anota una sesión cuando quieras", "El plan de hoy")
			.doesNotContain("Today’s plan");

		// Following the browser again.
		this.mvc.post().uri("/settings/language").param("language", "").with(user(speaking)).with(csrf()).exchange();
		assertThat(this.accounts.get(parent.getId()).getLanguage()).isNull();
		assertThat(this.accounts.get(parent.getId()).locale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void numbersHaveADecimalCommaInSpanishAndAreReadEitherWay() {
		Account parent = TestAccounts.parent(this.accounts, "Europe/Madrid", VolumeUnit.OZ);
		this.accounts.changeLanguage(parent.getId(), Language.ES);
		SignedInUser who = new SignedInUser(this.accounts.get(parent.getId()));
		long id = TestRequests.logSession(this.mvc, who, "2026-11-20T03:10", "leftVolume", "1,5", "rightVolume",
				"0.25");
		assertThat(this.mvc.get().uri("/journal?until=2026-11-21").with(user(who))).bodyText()
			.contains("Izquierdo\u00a01,5 · Derecho\u00a00,25", "1,75 oz", "viernes, 20 de noviembre");
		assertThat(this.mvc.get().uri("/journal/" + id + "/edit").with(user(who))).bodyText()
			.contains("value=\"1,5\"", "value=\"0,25\"");
		assertThat(TestRequests.post(this.mvc, who, "/journal", "startedAt", "2026-11-20T08:00", "durationMinutes",
				"veinte", "method", "DOUBLE_PUMP", "leftVolume", "doce"))
			.bodyText()
			.contains("Indica los minutos con un número entero, como 20.", "Indica un número, como 15 o 2,5.",
					"value=\"doce\"");
	}

}
