package app.relacta.reminders;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server's VAPID key pair: made on first use and kept in the database, so every
 * instance signs with the same key and browsers' subscriptions outlive restarts. When two
 * instances make one at the same moment, the first kept wins and the other reads it.
 */
@Component
class PushKeys {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile @Nullable KeyPair keys;

	PushKeys(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	KeyPair keys() {
		KeyPair known = this.keys;
		if (known == null) {
			synchronized (this) {
				known = this.keys;
				if (known == null) {
					known = loadOrCreate();
					this.keys = known;
				}
			}
		}
		return known;
	}

	/** What browsers subscribe with (the application server key), in base64url. */
	String publicKey() {
		return Vapid.publicKey(keys());
	}

	private KeyPair loadOrCreate() {
		KeyPair stored = load();
		if (stored != null) {
			return stored;
		}
		KeyPair made = WebPushCrypto.newKeyPair();
		try {
			this.jdbc.update("insert into push_key (id, public_key, private_key, created_at) values (1, ?, ?, ?)",
					Vapid.publicKey(made),
					ENCODER.encodeToString(WebPushCrypto.scalar((ECPrivateKey) made.getPrivate())),
					this.clock.instant().atOffset(java.time.ZoneOffset.UTC));
			return made;
		}
		catch (DuplicateKeyException ex) {
			KeyPair other = load();
			if (other == null) {
				throw ex;
			}
			return other;
		}
	}

	private @Nullable KeyPair load() {
		List<KeyPair> rows = this.jdbc.query("select public_key, private_key from push_key where id = 1",
				(row, index) -> {
					try {
						return WebPushCrypto.keyPair(DECODER.decode(row.getString("private_key")),
								DECODER.decode(row.getString("public_key")));
					}
					catch (GeneralSecurityException ex) {
						throw new IllegalStateException("The kept VAPID key cannot be read", ex);
					}
				});
		return rows.isEmpty() ? null : rows.get(0);
	}

}
