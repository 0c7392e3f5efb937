package app.relacta.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.relacta.MutableClock;
import app.relacta.TestRequests;
import app.relacta.care.InvitationService;
import app.relacta.care.NoteService;
import app.relacta.care.TestCare;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A parent's data is theirs: one file with all of it, and an account deleted with every
 * row about them, in every table, their consultant's access ending at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class PersonalDataTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private NoteService notes;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	private Account parent;

	private SignedInUser signedIn;

	private SignedInUser consultant;

	@BeforeEach
	void aParentWithDataEverywhere() {
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.signedIn = TestAccounts.user(this.parent);
		Account consultantAccount = TestAccounts.consultant(this.accounts, "Alex Kim");
		this.consultant = TestAccounts.user(consultantAccount);
		TestCare.share(this.invitations, this.parent, consultantAccount);
		TestCare.code(this.invitations, this.parent);
		this.notes.leave(consultantAccount.getId(), this.parent.getId(), "Lovely nights.");
		TestRequests.logSession(this.mvc, this.signedIn, "2026-11-22T03:00", "totalVolume", "30", "notes",
				"a letdown at last");
		post("/plan/settings", "path", "RELACTATION", "startDate", "2026-11-20", "supplementKind", "NONE", "goal",
				"FULL_SUPPLY", "nightStart", "22:00", "nightEnd", "06:00", "targetSessions", "10", "powerPumpsPerDay",
				"1");
		post("/baby", "date", "2026-11-21", "wetDiapers", "7", "supplementVolume", "120");
		post("/moments", "kind", "SKIN_TO_SKIN");
		post("/mood", "mood", "OKAY", "shared", "true");
		post("/medications", "name", "Fenugreek", "startedOn", "2026-11-20");
		post("/timer/start");
		TestRequests.post(this.mvc, this.consultant, "/clients/" + this.parent.getId() + "/comments", "date",
				"2026-11-22", "body", "Right in the prolactin hours.");
		assertThat(this.mvc.get().uri("/clients/" + this.parent.getId()).with(user(this.consultant))).hasStatusOk();
	}

	@Test
	void oneFileHasEverythingAboutTheParentAndNoPasswordHash() {
		MvcTestResult file = this.mvc.get().uri("/settings/data/export.json").with(user(this.signedIn)).exchange();
		assertThat(file).hasStatusOk();
		assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String json = new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(json)
			.contains(this.parent.getEmail(), "a letdown at last", "Fenugreek", "Lovely nights.",
					"Right in the prolactin hours.", "\"mood\":\"OKAY\"", "SKIN_TO_SKIN", "\"wet_diapers\":7")
			.doesNotContain("password", "{bcrypt}");
		for (String table : PersonalDataService.PARENT_TABLES) {
			assertThat(json).contains("\"" + table + "\":[");
		}
	}

	@Test
	void deletingTheAccountLeavesNothingOfTheParentInAnyTableAndEndsTheConsultantsAccess() {
		assertThat(post("/settings/data/delete", "password", "not my password")).hasStatusOk()
			.bodyText()
			.contains("That is not your password. Nothing was deleted.");
		assertThat(rowsAbout(this.parent.getId())).isNotEmpty();

		assertThat(post("/settings/data/delete", "password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?deleted");
		assertThat(rowsAbout(this.parent.getId())).as("rows left about the parent").isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from account where id = ?", Long.class, this.parent.getId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Long.class,
				this.parent.getEmail()))
			.isZero();
		assertThat(this.mvc.get().uri("/clients/" + this.parent.getId()).with(user(this.consultant))).hasStatus(404);
		assertThat(this.mvc.get().uri("/clients").with(user(this.consultant))).bodyText().doesNotContain("Test parent");
	}

	@Test
	void everyTableWithRowsAboutAParentIsErased() {
		List<String> withParent = this.jdbc.queryForList("""
				select table_name from information_schema.columns
				where lower(column_name) = 'parent_id' and lower(table_schema) = 'public'""", String.class)
			.stream()
			.map((table) -> table.toLowerCase(Locale.ROOT))
			.toList();
		assertThat(PersonalDataService.PARENT_TABLES).containsExactlyInAnyOrderElementsOf(withParent);
	}

	/**
	 * Every row, in every table of the schema, that names the parent's id in a column.
	 */
	private List<String> rowsAbout(long parentId) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = this.jdbc
			.query("""
					select table_name, column_name from information_schema.columns
					where lower(table_schema) = 'public'
					  and (lower(column_name) like '%parent_id' or lower(column_name) in ('author_id', 'changed_by', 'ended_by'))""",
					(rs, row) -> new String[] { rs.getString(1), rs.getString(2) });
		for (String[] column : columns) {
			Long count = this.jdbc.queryForObject("select count(*) from " + column[0] + " where " + column[1] + " = ?",
					Long.class, parentId);
			if (count != null && count > 0) {
				found.add(column[0] + "." + column[1] + ": " + count);
			}
		}
		return found;
	}

	private MvcTestResult post(String uri, String... fields) {
		return TestRequests.post(this.mvc, this.signedIn, uri, fields);
	}

}
