package app.relacta.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import app.relacta.account.VolumeUnit;
import app.relacta.system.Secrets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A file kept between its preview and the parent's confirm, under an unguessable id, for
 * a day at most.
 */
@Component
class PendingImports {

	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PendingImports(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String keep(long parentId, String fileName, ImportOptions options, String content) {
		this.jdbc.update("delete from pending_import where created_at < ?",
				this.clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC));
		String id = Secrets.urlSafe(24);
		this.jdbc.update(
				"insert into pending_import (id, parent_id, file_name, time_zone, volume_unit, weight_unit, minutes, "
						+ "content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, parentId, fileName, options.zone().getId(), options.unit().name(), options.weightUnit().name(),
				options.defaultMinutes(), content, this.clock.instant().atOffset(ZoneOffset.UTC));
		return id;
	}

	/** The parent's pending file with this id, if it is theirs and still kept. */
	Optional<Pending> find(long parentId, String id) {
		List<Pending> found = this.jdbc.query(
				"select file_name, time_zone, volume_unit, weight_unit, minutes, content from pending_import "
						+ "where id = ? and parent_id = ? and created_at >= ?",
				(rs, row) -> new Pending(rs.getString(1),
						new ImportOptions(ZoneId.of(rs.getString(2)), VolumeUnit.valueOf(rs.getString(3)),
								ImportOptions.Weight.valueOf(rs.getString(4)), rs.getInt(5)),
						rs.getString(6)),
				id, parentId, this.clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC));
		return found.stream().findFirst();
	}

	void forget(long parentId, String id) {
		this.jdbc.update("delete from pending_import where id = ? and parent_id = ?", id, parentId);
	}

	record Pending(String fileName, ImportOptions options, String content) {

	}

}
