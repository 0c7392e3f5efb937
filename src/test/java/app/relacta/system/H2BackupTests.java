package app.relacta.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import app.relacta.MutableClock;
import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.journal.JournalService;
import app.relacta.journal.SessionEntry;
import app.relacta.journal.SessionMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's backups: taken while the app runs, one a day, 7 kept, and a
 * backup restored into an empty folder is a database with every session in it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:file:./target/backup-test/live/relacta;WRITE_DELAY=0",
		"spring.datasource.username=sa", "spring.datasource.password=",
		"relacta.backup.directory=./target/backup-test/backups", "relacta.backup.first-check=1h" })
@Import(MutableClock.Config.class)
class H2BackupTests {

	private static final Path RESTORED = Path.of("target/backup-test/restored");

	@Autowired
	private H2Backups backups;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JournalService journal;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void noBackupsYet() throws IOException {
		deleteTree(Path.of("target/backup-test/backups"));
		this.clock.set(Instant.parse("2026-11-22T12:00:00Z"));
	}

	@Test
	void aBackupRestoredIntoAnEmptyFolderHasEverySession() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "Europe/London", VolumeUnit.ML);
		List<Long> logged = new ArrayList<>();
		LocalDateTime start = LocalDateTime.of(2026, 11, 20, 1, 0);
		for (int i = 0; i < 12; i++) {
			logged.add(
					this.journal
						.log(parent.getId(),
								new SessionEntry(start.plusHours(3L * i), 20, SessionMethod.DOUBLE_PUMP, null, null,
										null, false, false, false, false, "session " + i, null))
						.id());
		}
		Path backup = this.backups.backUp();
		assertThat(backup.getFileName().toString()).matches(H2Backups.NAME.pattern());

		deleteTree(RESTORED);
		unzip(backup, RESTORED);
		try (Connection restored = DriverManager
			.getConnection("jdbc:h2:file:" + RESTORED.resolve("relacta").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "");
				PreparedStatement query = restored
					.prepareStatement("select id from logged_session where parent_id = ? order by id")) {
			query.setLong(1, parent.getId());
			List<Long> found = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getLong(1));
				}
			}
			assertThat(found).containsExactlyElementsOf(logged);
		}
	}

	@Test
	void oneBackupADayAndTheNewestSevenKept() throws IOException {
		assertThat(this.backups.onH2File()).isTrue();
		this.clock.set(Instant.parse("2030-01-01T03:00:00Z"));
		for (int day = 0; day < 10; day++) {
			this.backups.backUpIfDue();
			this.clock.advance(Duration.ofHours(1));
			this.backups.backUpIfDue();
			this.clock.advance(Duration.ofHours(23));
		}
		List<Path> kept = this.backups.backups();
		assertThat(kept).hasSize(7);
		assertThat(kept.get(0).getFileName()).hasToString("relacta-20300110-030000.zip");
		assertThat(kept.get(6).getFileName()).hasToString("relacta-20300104-030000.zip");
	}

	private static void unzip(Path zip, Path into) throws IOException {
		Files.createDirectories(into);
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path file = into.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(into)).as("inside the folder: %s", file).isTrue();
				Files.copy(entries, file);
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (Files.exists(root)) {
			try (var files = Files.walk(root)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
