package app.relacta.progress;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.Preferences;
import app.relacta.account.SignedInUser;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.account.WeightUnit;
import app.relacta.baby.BabyDayEntry;
import app.relacta.baby.BabyService;
import app.relacta.care.InvitationService;
import app.relacta.care.NoteService;
import app.relacta.care.TestCare;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import app.relacta.wellbeing.MedicationEntry;
import app.relacta.wellbeing.WellbeingService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The progress report is a PDF whose text holds the parent's figures: read back with
 * PDFBox, it has the name and dates on every page, the day table against the plan, the
 * baby's checks, the medicines, the milestones and the consultant's notes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ProgressReportTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private BabyService baby;

	@Autowired
	private WellbeingService wellbeing;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private NoteService notes;

	@Autowired
	private MutableClock clock;

	private Account parent;

	private Account consultant;

	@BeforeEach
	void fortyDaysOfAJournal() {
		this.clock.set(Instant.parse("2026-10-01T12:00:00Z"));
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.accounts.updatePreferences(this.parent.getId(),
				new Preferences("Noor Haddad", "Europe/London", VolumeUnit.ML, WeightUnit.METRIC, null, null, false));
		this.consultant = TestAccounts.consultant(this.accounts, "Dana Ruiz");
		TestCare.share(this.invitations, this.parent, this.consultant);
		LocalDate first = LocalDate.parse("2026-10-02");
		for (int day = 0; day < 40; day++) {
			LocalDate date = first.plusDays(day);
			this.clock.set(Instant.parse(date + "T23:00:00Z"));
			for (int session = 0; session < 3; session++) {
				BigDecimal total = (day < 3) ? null : BigDecimal.valueOf(5L * day + session);
				this.journal.log(this.parent.getId(),
						new SessionEntry(LocalDateTime.parse(date + "T0" + (3 * session + 1) + ":00"), 20,
								SessionMethod.DOUBLE_PUMP, null, null, total, day < 3, false, false, false,
								(session == 0 && day == 5) ? "Felt a letdown" : null, null));
			}
		}
		this.baby.save(this.parent.getId(),
				BabyDayEntry.metric(LocalDate.parse("2026-11-08"), 6, new BigDecimal("3650"), new BigDecimal("240")));
		this.wellbeing.add(this.parent.getId(),
				new MedicationEntry("Domperidone", "as prescribed", LocalDate.parse("2026-10-20"), null, "my GP"));
		this.notes.leave(this.consultant.getId(), this.parent.getId(), "Your nights are steady. Lovely work.");
	}

	@Test
	void theReportHoldsTheFiguresWithTheNameAndDatesOnEveryPage() throws IOException {
		MvcTestResult result = this.mvc.get()
			.uri("/progress/report.pdf?from=2026-10-02&to=2026-11-10")
			.with(user(new SignedInUser(this.parent)))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("relacta-report-2026-10-02-to-2026-11-10.pdf");
		// Kept beside the screenshots, to be looked at.
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "46-progress-report.pdf"),
				result.getResponse().getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf)).as("page " + page)
					.contains("Noor Haddad")
					.contains("2 Oct 2026 to 10 Nov 2026")
					.contains(page + " / " + pdf.getNumberOfPages());
			}
			// The chart as a person sees it, beside the other screenshots.
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 110),
					"png", Path.of("target", "screenshots", "46-progress-report-page1.png").toFile());
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Progress of Noor Haddad")
				// Its scale (a round number above the tallest bar: today's 588 mL so
				// far),
				// and the 7-day average of whole days (3 to 9 Nov: 15 x day + 3).
				.contains("600 mL", "300 mL", "7-day average of whole days: 528 mL",
						"Today, so far (lighter; not in the average)")
				// Day 40 (10 Nov): 3 sessions of 195, 196, 197 mL.
				.containsPattern("Tue 10 Nov\\s+\\S+\\s+3 / \\d+\\s+588")
				.contains("Felt a letdown")
				.contains("Domperidone")
				.contains("3.65 kg")
				.contains("240")
				.contains("Your nights are steady. Lovely work.")
				.contains("Dana Ruiz")
				.contains("Noor Haddad’s first drops")
				.contains("not medical advice");
		}
	}

	@Test
	void aConsultantPrintsTheReportOfAClientWhoShares() throws IOException {
		MvcTestResult result = this.mvc.get()
			.uri("/clients/" + this.parent.getId() + "/progress/report.pdf")
			.with(user(new SignedInUser(this.consultant)))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			// The last two weeks by default: 28 Oct to 10 Nov.
			assertThat(new PDFTextStripper().getText(pdf)).contains("28 Oct 2026 to 10 Nov 2026")
				.contains("Wed 28 Oct");
		}
	}

	@Test
	void aRangeThatCannotBeReadIsShownBesideItsFieldAsTyped() {
		SignedInUser who = new SignedInUser(this.parent);
		assertThat(this.mvc.get().uri("/progress/report.pdf?from=2026-11-10&to=2026-11-01").with(user(who)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"to-error\"", "The last day comes on or after the first.", "value=\"2026-11-01\"");
		assertThat(this.mvc.get().uri("/progress/report.pdf?from=yesterday&to=2026-11-01").with(user(who)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"from-error\"", "value=\"yesterday\"");
		assertThat(this.mvc.get().uri("/progress/report.pdf?from=2024-01-01&to=2026-11-01").with(user(who)))
			.hasStatusOk()
			.bodyText()
			.contains("at most 366 days");
	}

}
