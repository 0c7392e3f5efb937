package app.relacta.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backups of the embedded H2 file database, taken while the app runs (H2's online
 * {@code BACKUP TO}, a zip of a consistent copy): one a day into {@code ./data/backups}
 * ({@code relacta.backup.directory}), the newest 7 kept ({@code relacta.backup.keep}).
 * The check runs hourly, so a machine that sleeps at night still gets its daily backup. A
 * backup is written under a temporary name and renamed when whole. To restore, stop the
 * app and unzip one into {@code ./data} (README, "Backups"). On PostgreSQL this does
 * nothing: pg_dump is the tool there.
 */
@Component
class H2Backups {

	static final Pattern NAME = Pattern.compile("relacta-(\\d{8}-\\d{6})\\.zip");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final Logger logger = LoggerFactory.getLogger(H2Backups.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Path directory;

	private final int keep;

	private final Duration every;

	private final boolean enabled;

	H2Backups(JdbcTemplate jdbc, Clock clock, @Value("${relacta.backup.directory:./data/backups}") Path directory,
			@Value("${relacta.backup.keep:7}") int keep, @Value("${relacta.backup.every:24h}") Duration every,
			@Value("${relacta.backup.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.directory = directory;
		this.keep = Math.max(1, keep);
		this.every = every;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "${relacta.backup.first-check:2m}",
			fixedDelayString = "${relacta.backup.check-interval:1h}")
	void backUpIfDue() {
		if (!this.enabled || !onH2File()) {
			return;
		}
		Optional<Instant> newest = backups().stream().findFirst().map(H2Backups::takenAt);
		if (newest.isEmpty() || !newest.get().plus(this.every).isAfter(this.clock.instant())) {
			backUp();
		}
	}

	/** Takes a backup now and forgets the oldest beyond those kept. */
	Path backUp() {
		try {
			Files.createDirectories(this.directory);
			Instant now = this.clock.instant();
			Path target = this.directory.resolve("relacta-" + STAMP.format(now) + ".zip");
			Path partial = this.directory.resolve(".relacta-" + STAMP.format(now) + ".partial");
			String path = partial.toAbsolutePath().toString().replace("'", "''");
			this.jdbc.execute("BACKUP TO '" + path + "'");
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			List<Path> all = backups();
			for (Path old : all.subList(Math.min(this.keep, all.size()), all.size())) {
				if (!old.equals(target)) {
					// (A clock set back never costs the backup just taken.)
					Files.deleteIfExists(old);
				}
			}
			logger.info("Backed up the database to {} ({} kept)", target, Math.min(this.keep, all.size()));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The backup could not be written to " + this.directory, ex);
		}
	}

	/** The backups in the directory, newest first. */
	List<Path> backups() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> NAME.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing(H2Backups::takenAt).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant takenAt(Path backup) {
		var matcher = NAME.matcher(backup.getFileName().toString());
		matcher.matches();
		return Instant.from(STAMP.parse(matcher.group(1)));
	}

	/** Whether the database is an H2 file database (not in memory, not PostgreSQL). */
	boolean onH2File() {
		String url = this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getURL());
		return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
				&& !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
	}

}
