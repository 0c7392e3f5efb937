package app.relacta.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyService;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import app.relacta.plan.BabyCheck;
import app.relacta.system.RowRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each kind of file a parent brings, read as a real export: what it adds to the journal
 * and the baby's checks, what it leaves out and why, and that a second import of the same
 * file adds nothing. A broken file stores nothing and says the line.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ImportFlowTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	private Imports imports;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private BabyService baby;

	@Autowired
	private MutableClock clock;

	private Account parent;

	private ImportOptions options;

	@BeforeEach
	void parent() {
		this.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
		this.parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		this.options = new ImportOptions(LONDON, VolumeUnit.ML, ImportOptions.Weight.KG, 15);
	}

	@Test
	void babyBuddysPumpingExportAddsItsSessionsOnceAndSaysWhyRowsAreLeftOut() throws IOException {
		ImportReport preview = this.imports.importFile(this.parent.getId(), file("babybuddy-pumping.csv"), this.options,
				true);
		assertThat(preview.kind()).isEqualTo(TrackerFormat.BABY_BUDDY_PUMPING);
		assertThat(preview.saved()).isFalse();
		assertThat(preview.sessions()).isEqualTo(4);
		assertThat(preview.first()).isEqualTo(LocalDate.parse("2026-11-20"));
		assertThat(preview.last()).isEqualTo(LocalDate.parse("2026-11-21"));
		assertThat(preview.skipped()).extracting(RowRefusal::line, RowRefusal::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "import.skip.overlapInFile"),
					org.assertj.core.groups.Tuple.tuple(7L, "import.skip.unreadable"),
					org.assertj.core.groups.Tuple.tuple(8L, "import.skip.future"));
		assertThat(this.journal.days(this.parent.getId(), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-28")))
			.as("a preview saves nothing")
			.isEmpty();

		ImportReport saved = this.imports.importFile(this.parent.getId(), file("babybuddy-pumping.csv"), this.options,
				false);
		assertThat(saved.saved()).isTrue();
		assertThat(saved.sessions()).isEqualTo(4);
		var day = this.journal.days(this.parent.getId(), LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-20"))
			.get(0);
		assertThat(day.sessions()).isEqualTo(3);
		assertThat(day.totalMl()).isEqualByComparingTo("95.5");
		// A session with no end lasted the minutes the parent chose.
		assertThat(this.journal.page(this.parent.getId(), LocalDate.parse("2026-11-21"))
			.days()
			.get(0)
			.sessions()
			.get(0)
			.durationMinutes()).isEqualTo(15);

		ImportReport again = this.imports.importFile(this.parent.getId(), file("babybuddy-pumping.csv"), this.options,
				false);
		assertThat(again.sessions()).isZero();
		assertThat(again.skipped()).filteredOn((skip) -> skip.code().equals("import.skip.alreadyThere")).hasSize(4);
	}

	@Test
	void theOlderPumpingExportWithOnlyATimeReadsAmountsInTheChosenUnit() throws IOException {
		ImportReport report = this.imports.importFile(this.parent.getId(), file("babybuddy-pumping-time.csv"),
				new ImportOptions(LONDON, VolumeUnit.OZ, ImportOptions.Weight.LB, 20), false);
		assertThat(report.kind()).isEqualTo(TrackerFormat.BABY_BUDDY_PUMPING_TIME);
		assertThat(report.sessions()).isEqualTo(2);
		var day = this.journal.days(this.parent.getId(), LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-18"))
			.get(0);
		// 1.5 oz + 2 oz
		assertThat(day.totalMl()).isEqualByComparingTo("103.51");
	}

	@Test
	void feedingsDiapersAndWeightsBecomeSessionsAndTheBabysChecks() throws IOException {
		ImportReport feeding = this.imports.importFile(this.parent.getId(), file("babybuddy-feeding.csv"), this.options,
				false);
		assertThat(feeding.kind()).isEqualTo(TrackerFormat.BABY_BUDDY_FEEDING);
		assertThat(feeding.sessions()).as("the feed at the breast").isEqualTo(1);
		assertThat(feeding.babyDays()).as("formula given on two days").isEqualTo(2);
		assertThat(feeding.otherKinds()).as("the parent's own milk by bottle").isEqualTo(1);
		ImportReport diapers = this.imports.importFile(this.parent.getId(), file("babybuddy-diapers.csv"), this.options,
				false);
		assertThat(diapers.kind()).isEqualTo(TrackerFormat.BABY_BUDDY_DIAPERS);
		ImportReport weights = this.imports.importFile(this.parent.getId(), file("babybuddy-weight.csv"), this.options,
				false);
		assertThat(weights.kind()).isEqualTo(TrackerFormat.BABY_BUDDY_WEIGHT);
		assertThat(this.baby.checks(this.parent.getId(), LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-21")))
			.containsExactly(new BabyCheck(LocalDate.parse("2026-11-21"), 1, 3810, new BigDecimal("80.00")),
					new BabyCheck(LocalDate.parse("2026-11-20"), 3, null, new BigDecimal("150.00")),
					new BabyCheck(LocalDate.parse("2026-11-14"), null, 3620, null));
		for (String name : new String[] { "babybuddy-feeding.csv", "babybuddy-diapers.csv", "babybuddy-weight.csv" }) {
			ImportReport again = this.imports.importFile(this.parent.getId(), file(name), this.options, false);
			assertThat(again.nothingToAdd()).as(name + " twice").isTrue();
		}
	}

	@Test
	void huckleberrysExportAddsPumpsFeedsDiapersFormulaAndGrowth() throws IOException {
		ImportReport report = this.imports.importFile(this.parent.getId(), file("huckleberry.csv"), this.options,
				false);
		assertThat(report.kind()).isEqualTo(TrackerFormat.HUCKLEBERRY);
		assertThat(report.sessions()).as("two pumps and a feed at the breast").isEqualTo(3);
		assertThat(report.otherKinds()).as("the sleep").isEqualTo(1);
		var day = this.journal.days(this.parent.getId(), LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-22"))
			.get(0);
		assertThat(day.totalMl()).isEqualByComparingTo("119.15");
		assertThat(this.baby.checks(this.parent.getId(), LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-22")))
			.containsExactly(new BabyCheck(LocalDate.parse("2026-11-22"), 2, 3900, new BigDecimal("120.00")));
		assertThat(this.imports.importFile(this.parent.getId(), file("huckleberry.csv"), this.options, false)
			.nothingToAdd()).isTrue();
	}

	@Test
	void relactasOwnExportMakesTheSameJournalInAnotherAccountAndLosesNothing() {
		this.clock.set(Instant.parse("2024-06-01T12:00:00Z"));
		this.journal.log(this.parent.getId(),
				new SessionEntry(LocalDateTime.parse("2024-06-01T03:10"), 25, SessionMethod.DOUBLE_PUMP,
						new BigDecimal("12.5"), new BigDecimal("10"), null, false, true, true, true, true,
						"=SUM(A1) \"quoted\", and a comma\nand a new line", null));
		this.journal.log(this.parent.getId(), new SessionEntry(LocalDateTime.parse("2024-06-01T07:00"), 10,
				SessionMethod.HAND_EXPRESSION, null, null, null, true, false, false, false, null, null));
		this.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
		StringWriter first = new StringWriter();
		this.journal.exportCsv(this.parent.getId(), first);

		Account other = TestAccounts.parent(this.accounts, "America/New_York", VolumeUnit.OZ);
		ImportReport report = this.imports.importFile(other.getId(), first.toString(),
				new ImportOptions(ZoneId.of("America/New_York"), VolumeUnit.OZ, ImportOptions.Weight.LB, 15), false);
		assertThat(report.kind()).isEqualTo(TrackerFormat.RELACTA);
		assertThat(report.sessions()).as("older than a year is fine for an import").isEqualTo(2);
		StringWriter second = new StringWriter();
		this.journal.exportCsv(other.getId(), second);
		assertThat(withoutIds(second.toString())).isEqualTo(withoutIds(first.toString()));
		assertThat(first.toString().lines().findFirst().orElseThrow()).endsWith(",notes,pain");
		assertThat(second.toString()).as("pain while pumping (F5) travels with the session").contains(",true\r\n");
	}

	@Test
	void aBrokenFileStoresNothingAndSaysTheLine() {
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.importFile(this.parent.getId(), file("broken.csv"), this.options, false))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("import.error.broken"))
			.satisfies((ex) -> assertThat(ex.line()).isGreaterThanOrEqualTo(3));
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.importFile(this.parent.getId(), file("unknown.csv"), this.options, false))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(1));
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.importFile(this.parent.getId(),
					"id,child_id,amount,start,end\n1,1,30,2026-11-20 02:10:00,2026-11-20 02:30:00\n2,1,30\n",
					this.options, false))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
		assertThat(this.journal.days(this.parent.getId(), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-28")))
			.isEmpty();
	}

	private static String withoutIds(String csv) {
		return csv.replaceAll("(?m)^\\d+,", "");
	}

	private static String file(String name) {
		try {
			return new ClassPathResource("imports/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
