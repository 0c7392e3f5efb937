package app.relacta.system;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server's own secrets (a key to sign cookies with), each made at random on first use
 * and kept in the database, so every instance holds the same one and it outlives
 * restarts. When two instances make one at once, the first kept wins and the other reads
 * it.
 */
@Component
public class ServerSecrets {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, byte[]> known = new ConcurrentHashMap<>();

	ServerSecrets(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The 32-byte secret named {@code name}, made now if there is none yet. */
	public byte[] secret(String name) {
		return this.known.computeIfAbsent(name, this::loadOrCreate).clone();
	}

	private byte[] loadOrCreate(String name) {
		List<String> stored = load(name);
		if (!stored.isEmpty()) {
			return Base64.getUrlDecoder().decode(stored.get(0));
		}
		String made = Secrets.urlSafe(32);
		try {
			this.jdbc.update("insert into server_secret (name, secret, created_at) values (?, ?, ?)", name, made,
					this.clock.instant().atOffset(ZoneOffset.UTC));
			return Base64.getUrlDecoder().decode(made);
		}
		catch (DuplicateKeyException ex) {
			return Base64.getUrlDecoder().decode(load(name).get(0));
		}
	}

	private List<String> load(String name) {
		return this.jdbc.queryForList("select secret from server_secret where name = ?", String.class, name);
	}

}
