package app.relacta.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import app.relacta.system.Sha256;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bucket4j's token buckets kept in the database, so that every instance of the app takes
 * from the same bucket. Bucket4j does the arithmetic; this class only reads a bucket's
 * bytes and swaps them for new ones if nobody else changed them in between (Bucket4j
 * retries when somebody did). Keys are hashed: the table never holds an email.
 */
class JdbcLoginBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JdbcLoginBuckets(JdbcTemplate jdbc, Clock clock) {
		super(ClientSideConfig.getDefault().withMaxRetries(20));
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String hash(String key) {
		return Sha256.hex(key);
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		String id = hash(key);
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				List<byte[]> rows = JdbcLoginBuckets.this.jdbc
					.query("select state from login_bucket where bucket_key = ?", (rs, n) -> rs.getBytes(1), id);
				return rows.stream().findFirst();
			}

			@Override
			public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
					Optional<Long> timeoutNanos) {
				Timestamp now = Timestamp.from(Instant.now(JdbcLoginBuckets.this.clock));
				if (original == null) {
					try {
						JdbcLoginBuckets.this.jdbc.update(
								"insert into login_bucket (bucket_key, state, updated_at) values (?, ?, ?)", id,
								updated, now);
						return true;
					}
					catch (DuplicateKeyException ex) {
						return false;
					}
				}
				return JdbcLoginBuckets.this.jdbc.update(
						"update login_bucket set state = ?, updated_at = ? where bucket_key = ? and state = ?", updated,
						now, id, original) == 1;
			}

		};
	}

	/** Forgets buckets untouched for longer than any window: they would be full again. */
	int forgetOlderThan(Duration age) {
		return this.jdbc.update("delete from login_bucket where updated_at < ?",
				Timestamp.from(Instant.now(this.clock).minus(age)));
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("The login throttle is synchronous");
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		throw new UnsupportedOperationException("The login throttle is synchronous");
	}

	@Override
	public void removeProxy(String key) {
		this.jdbc.update("delete from login_bucket where bucket_key = ?", hash(key));
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

}
