package app.relacta.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import app.relacta.account.Role;
import app.relacta.account.SecurityConfiguration;
import app.relacta.account.SignedInUser;
import app.relacta.account.VolumeUnit;
import app.relacta.care.Area;
import app.relacta.care.CommentThreads;
import app.relacta.care.Readers;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.Model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The journal controller alone: binding, views and redirects, with the service mocked.
 */
@WebMvcTest(JournalController.class)
@Import(SecurityConfiguration.class)
class JournalControllerTests {

	private static final SignedInUser PARENT = new SignedInUser(7, "p@example.com", "{noop}x", Role.PARENT);

	private static final SessionView SAVED = new SessionView(42, LocalDateTime.parse("2026-11-21T23:30"),
			LocalDateTime.parse("2026-11-21T23:50"), ZoneId.of("Europe/London"), 20, SessionMethod.DOUBLE_PUMP, null,
			null, "30", false, false, false, false, false, "night feed", 3);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private JournalService journal;

	@MockitoBean
	private JournalComments comments;

	@MockitoBean
	private Readers readers;

	@BeforeEach
	void unit() {
		given(this.journal.unitOf(anyLong())).willReturn(VolumeUnit.ML);
		// A parent's own page: their own data.
		given(this.readers.whose(any(SignedInUser.class), isNull(), any(Area.class), any(Model.class)))
			.willAnswer((call) -> call.<SignedInUser>getArgument(0).accountId());
	}

	@Test
	void theJournalShowsThePageOfTheSignedInParent() {
		LocalDate today = LocalDate.parse("2026-11-22");
		given(this.comments.page(7, null)).willReturn(
				new JournalComments.CommentedPage(new JournalPage(today.minusDays(13), today, today, VolumeUnit.ML,
						List.of(new JournalDay(LocalDate.parse("2026-11-21"), 1, "30", List.of(SAVED), List.of())),
						null, null), CommentThreads.NONE));
		assertThat(this.mvc.get().uri("/journal").with(user(PARENT))).hasStatusOk()
			.hasViewName("journal/list")
			.bodyText()
			.contains("Yesterday", "1 session", "30 mL in all", "night feed", "/journal/42/edit");
	}

	@Test
	void aLoggedSessionRedirectsToItsDay() {
		given(this.journal.log(eq(7L), any())).willReturn(SAVED);
		assertThat(this.mvc.post()
			.uri("/journal")
			.with(user(PARENT))
			.with(csrf())
			.param("startedAt", "2026-11-21T23:30")
			.param("durationMinutes", "20")
			.param("method", "DOUBLE_PUMP")
			.param("totalVolume", "30")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/journal?until=2026-11-21#session-42")
			.flash()
			.containsEntry("flash", "flash.sessionLogged");
	}

	@Test
	void anOverlapComesBackToTheFormWithALinkToTheOtherSession() {
		given(this.journal.log(eq(7L), any())).willThrow(new OverlappingSessionException(SAVED));
		assertThat(this.mvc.post()
			.uri("/journal")
			.with(user(PARENT))
			.with(csrf())
			.param("startedAt", "2026-11-21T23:40")
			.param("durationMinutes", "20")
			.param("method", "DOUBLE_PUMP")).hasStatusOk()
			.hasViewName("journal/form")
			.bodyText()
			.contains("from 23:30 to 23:50", "href=\"/journal/42/edit\"", "value=\"2026-11-21T23:40\"");
	}

	@Test
	void aConflictingEditKeepsWhatWasTypedAndShowsWhatIsSaved() {
		given(this.journal.update(eq(7L), eq(42L), any())).willThrow(new SessionChangedElsewhereException());
		given(this.journal.view(7, 42)).willReturn(SAVED);
		assertThat(this.mvc.post()
			.uri("/journal/42")
			.with(user(PARENT))
			.with(csrf())
			.param("startedAt", "2026-11-21T23:30")
			.param("durationMinutes", "25")
			.param("method", "DOUBLE_PUMP")
			.param("notes", "mine")
			.param("version", "1")).hasStatusOk()
			.hasViewName("journal/form")
			.bodyText()
			.contains("changed in another tab", "night feed", "mine</textarea>", "value=\"25\"",
					"name=\"version\" value=\"3\"");
	}

	@Test
	void aRefusalFromTheJournalIsShownBesideItsFieldWithWhatWasTyped() {
		given(this.journal.log(eq(7L), any()))
			.willThrow(new InvalidInput(Rejection.of("startedAt", "session.inFuture")));
		assertThat(this.mvc.post()
			.uri("/journal")
			.with(user(PARENT))
			.with(csrf())
			.param("startedAt", "2026-11-23T03:00")
			.param("durationMinutes", "20")
			.param("method", "DOUBLE_PUMP")).hasStatusOk()
			.hasViewName("journal/form")
			.bodyText()
			.contains("This time is in the future", "value=\"2026-11-23T03:00\"");
	}

	@Test
	void aFormWithAnUnreadableValueStillHearsEveryOtherProblemAndSavesNothing() {
		given(this.journal.check(eq(7L), any())).willReturn(List.of(Rejection.of("startedAt", "session.inFuture"),
				Rejection.of("totalVolume", "session.totalMismatch", "10", "mL")
					.unless("leftVolume", "rightVolume", "totalVolume")));
		assertThat(this.mvc.post()
			.uri("/journal")
			.with(user(PARENT))
			.with(csrf())
			.param("startedAt", "2026-11-23T03:00")
			.param("durationMinutes", "twenty")
			.param("method", "DOUBLE_PUMP")
			.param("leftVolume", "lots")
			.param("rightVolume", "10")
			.param("totalVolume", "25")).hasStatusOk()
			.hasViewName("journal/form")
			.bodyText()
			.contains("This time is in the future", "Please enter the minutes as a whole number",
					"Please enter a number, like 15", "value=\"lots\"")
			.doesNotContain("The total should be");
		verify(this.journal, never()).log(anyLong(), any(SessionEntry.class));
	}

	@Test
	void aSessionTheServiceCannotFindIsNotFound() {
		given(this.journal.entry(7, 99)).willThrow(new NotFoundException());
		assertThat(this.mvc.get().uri("/journal/99/edit").with(user(PARENT))).hasStatus(404);
	}

	@Test
	void nothingIsAskedOfTheServiceWithoutALogin() {
		assertThat(this.mvc.get().uri("/journal")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/journal").with(csrf()).param("method", "DOUBLE_PUMP"))
			.hasStatus3xxRedirection();
		verify(this.journal, never()).log(anyLong(), any(SessionEntry.class));
	}

}
