package app.relacta.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What an outside probe typed into the forms, and what it must get back: the field's own
 * message, the value kept, at once. Issue 11, section 2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class HostileInputTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	private SignedInUser parent;

	@BeforeEach
	void parent() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.parent = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
	}

	/**
	 * An exponent of a hundred million: refused by the strict reading and never bound by
	 * a lenient fallback (which once took 157 s of CPU and a 100 MB page to expand).
	 */
	@ParameterizedTest(name = "{1} = {2} on {0}")
	@CsvSource({ "/journal, totalVolume, 1e100000000", "/journal, leftVolume, 1E+99999999",
			"/journal, rightVolume, 9e9999999", "/baby, supplementVolume, 1e100000000", "/baby, weight, 1e100000000",
			"/plan/settings, supplementVolume, 1e100000000", "/plan/settings, goalVolume, 1e100000000" })
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void anExponentIsAFieldErrorAtOnceOnEveryForm(String form, String field, String typed) {
		String[] fields = switch (form) {
			case "/journal" -> new String[] { "startedAt", "2026-11-22T08:00", "durationMinutes", "20", "method",
					"DOUBLE_PUMP", field, typed };
			case "/baby" -> new String[] { "date", "2026-11-22", field, typed };
			default -> new String[] { "path", "RELACTATION", "startDate", "2026-11-20", "supplementKind", "FORMULA",
					"goal", "DAILY_VOLUME", "nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10",
					"powerPumpsPerDay", "1", field, typed };
		};
		long started = System.nanoTime();
		var result = TestRequests.post(this.mvc, this.parent, form, fields);
		assertThat(result).hasStatusOk();
		String page = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"" + field + "-error\"", "value=\"" + typed + "\"").hasSizeLessThan(200_000);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aNulCharacterInAnyTextIsRefusedAndNothingIsStored() {
		assertThat(TestRequests.post(this.mvc, this.parent, "/journal", "startedAt", "2026-11-22T08:00",
				"durationMinutes", "20", "method", "DOUBLE_PUMP", "notes", "drops\u0000"))
			.hasStatus(400);
		assertThat(TestRequests.post(this.mvc, this.parent, "/medications", "name", "Fenu\u0000greek", "startedOn",
				"2026-11-20"))
			.hasStatus(400);
		assertThat(this.mvc.get().uri("/journal").with(user(this.parent))).bodyText().doesNotContain("drops");
	}

	@ParameterizedTest(name = "{1} = {2} on {0}")
	@CsvSource({ "/plan/settings, lastExpressed, +999999999-12-31", "/plan/settings, babyBirthDate, -999999999-01-01",
			"/plan/settings, lastExpressed, 0000-01-01", "/baby, date, +999999999-12-31",
			"/medications, startedOn, 0000-01-01" })
	void aDateFarOutsideAnyLifeIsAFieldError(String form, String field, String typed) {
		String[] fields = switch (form) {
			case "/baby" -> new String[] { field, typed };
			case "/medications" -> new String[] { "name", "Fenugreek", field, typed };
			default -> new String[] { "path", "RELACTATION", "startDate", "2026-11-20", "supplementKind", "NONE",
					"goal", "FULL_SUPPLY", "nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10",
					"powerPumpsPerDay", "1", field, typed };
		};
		var result = TestRequests.post(this.mvc, this.parent, form, fields);
		assertThat(result).hasStatusOk();
		assertThat(new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("id=\"" + field + "-error\"", "value=\"" + typed + "\"");
		assertThat(this.mvc.get().uri("/journal?until=" + typed.replace("+", "%2B")).with(user(this.parent)))
			.hasStatus(400);
	}

	@Test
	void aNoteThatLooksLikeAFormulaIsExportedAsText() {
		TestRequests.logSession(this.mvc, this.parent, "2026-11-22T08:00", "notes", "-2+3+cmd|' /C calc'!A0");
		assertThat(this.mvc.get().uri("/journal/export.csv").with(user(this.parent))).bodyText()
			.contains(",'-2+3+cmd|' /C calc'!A0")
			.doesNotContain(",-2+3");
	}

	@Test
	void pagesCarryTheSecurityHeadersAndStaticFilesMayBeCached() throws Exception {
		var page = this.mvc.get().uri("/login").exchange();
		assertThat(page.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
		// The page links the stylesheet by a name with its content's hash, kept for a
		// year.
		String stylesheet = java.util.regex.Pattern.compile("href=\"(/assets/css/relacta-[0-9a-f]{32}\\.css)\"")
			.matcher(page.getResponse().getContentAsString())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		var css = this.mvc.get().uri(stylesheet).exchange();
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "public")
			.doesNotContain("no-store");
	}

	@Test
	void aPlainDecimalStillBinds() {
		assertThat(TestRequests.post(this.mvc, this.parent, "/journal", "startedAt", "2026-11-22T08:00",
				"durationMinutes", "20", "method", "DOUBLE_PUMP", "totalVolume", "12,5"))
			.hasStatus3xxRedirection();
	}

}
