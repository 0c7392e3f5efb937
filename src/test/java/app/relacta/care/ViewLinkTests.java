package app.relacta.care;

import java.time.Duration;
import java.time.Instant;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.system.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A read-only link to a parent's progress: made on Sharing and shown once, opened without
 * a login (the chart, the day table and milestones; nothing else), every visit in the
 * parent's record of who looked, and nothing once it ends or is revoked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ViewLinkTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	private Account parent;

	private SignedInUser who;

	@BeforeEach
	void parentWithASession() {
		this.clock.set(Instant.parse("2026-11-20T12:00:00Z"));
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.who = TestAccounts.user(this.parent);
		TestRequests.logSession(this.mvc, this.who, "2026-11-20T03:10", "totalVolume", "45", "notes",
				"A private note about my night");
	}

	@Test
	void aLinkShowsTheChartTheTableAndMilestonesToAnyoneWhoHasItUntilItEnds() {
		String secret = makeLink("Grandma", "7");
		assertThat(
				this.jdbc.queryForObject("select token_hash from view_link where label = 'Grandma' and parent_id = ?",
						String.class, this.parent.getId()))
			.as("kept hashed")
			.isEqualTo(Sha256.hex(secret));

		MvcTestResult page = this.mvc.get().uri("/shared/" + secret).exchange();
		assertThat(page).hasStatusOk()
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.hasHeader("Cache-Control", "no-store")
			.hasHeader("Referrer-Policy", "no-referrer");
		assertThat(page).bodyText()
			.contains("How Test parent’s supply is going", "id=\"supply-chart\"", "/shared/" + secret + "/daily.json",
					"class=\"striped day-table stack\"", "Test parent’s first drops")
			.doesNotContain("id=\"medications\"", "id=\"report-form\"", "href=\"/journal\"",
					"A private note about my night");
		assertThat(this.mvc.get().uri("/shared/" + secret + "/daily.json?from=2026-11-14&to=2026-11-20")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[6].totalMl")
			.isEqualTo(45.0);

		MvcTestResult sharing = this.mvc.get().uri("/sharing").with(user(this.who)).exchange();
		assertThat(sharing).bodyText()
			.contains("Grandma", "opened once", "The link for “Grandma”")
			.doesNotContain(secret);

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		assertThat(this.mvc.get().uri("/shared/" + secret)).as("after its days").hasStatus(404);
		assertThat(this.mvc.get().uri("/shared/" + secret + "/daily.json?from=2026-11-14&to=2026-11-20"))
			.hasStatus(404);
	}

	/** Figures only, unless the parent ticks that their notes may be read too. */
	@Test
	void theParentsNotesAreShownOnlyWhenTheyTickIt() {
		String figures = makeLink("Doctor", "7");
		assertThat(this.mvc.get().uri("/shared/" + figures)).bodyText().doesNotContain("A private note about my night");
		String secret = makeLink("Partner", "7", "withNotes", "true");
		assertThat(this.mvc.get().uri("/shared/" + secret)).bodyText().contains("A private note about my night");
	}

	@Test
	void aRevokedLinkOpensNothingAndOnlyItsParentCanRevokeIt() {
		String secret = makeLink("Dr. Patel", "30");
		long id = this.jdbc.queryForObject("select id from view_link where token_hash = ?", Long.class,
				Sha256.hex(secret));
		SignedInUser other = TestAccounts.user(TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML));
		assertThat(this.mvc.post().uri("/sharing/links/" + id + "/revoke").with(user(other)).with(csrf()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/shared/" + secret)).hasStatusOk();
		assertThat(this.mvc.post().uri("/sharing/links/" + id + "/revoke").with(user(this.who)).with(csrf()))
			.hasRedirectedUrl("/sharing#links");
		assertThat(this.mvc.get().uri("/shared/" + secret)).hasStatus(404);
		assertThat(this.mvc.get().uri("/shared/not-a-link-at-all")).hasStatus(404);
	}

	@Test
	void aLinkThatCannotBeMadeSaysWhyBesideItsFieldWithWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/sharing/links")
			.param("label", "")
			.param("days", "91")
			.with(user(this.who))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Please say who the link is for", "A link works for at most 90 days.", "value=\"91\"");
		assertThat(this.mvc.post()
			.uri("/sharing/links")
			.param("label", "Sam")
			.param("days", "a week")
			.with(user(this.who))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Please enter the days as a whole number", "value=\"Sam\"");
	}

	private String makeLink(String label, String days, String... more) {
		var request = this.mvc.post().uri("/sharing/links").param("label", label).param("days", days);
		for (int i = 0; i < more.length; i += 2) {
			request = request.param(more[i], more[i + 1]);
		}
		MvcTestResult made = request.with(user(this.who)).with(csrf()).exchange();
		assertThat(made).hasRedirectedUrl("/sharing#new-link");
		String link = (String) made.getMvcResult().getFlashMap().get("newLink");
		assertThat(link).contains("/shared/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
