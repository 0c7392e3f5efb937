package app.relacta.reminders;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import app.relacta.account.AccountService;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's devices that asked for reminders: the browser's push address and keys, a
 * name, and quiet hours. Only the push services browsers use are accepted as addresses
 * ({@code relacta.push.hosts}), over HTTPS: the server sends to them, so it must not be
 * pointed anywhere else.
 */
@Service
public class PushDevices {

	static final int MAX_DEVICES = 10;

	static final int MAX_LABEL = 60;

	static final int MAX_ENDPOINT = 1000;

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final Clock clock;

	private final List<String> hosts;

	private final boolean localHttp;

	PushDevices(JdbcTemplate jdbc, AccountService accounts, Clock clock,
			@Value("${relacta.push.hosts:fcm.googleapis.com,push.services.mozilla.com,notify.windows.com,push.apple.com}") List<String> hosts,
			@Value("${relacta.push.local-http:false}") boolean localHttp) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.hosts = hosts.stream().map((host) -> host.strip().toLowerCase(Locale.ROOT)).toList();
		this.localHttp = localHttp;
	}

	/** What the Settings page lists. */
	public record Device(long id, String label, @Nullable LocalTime quietFrom, @Nullable LocalTime quietUntil,
			LocalDateTime createdAt, @Nullable LocalDateTime lastSentAt) {

		public boolean quiet() {
			return this.quietFrom != null && this.quietUntil != null;
		}

	}

	/** Where and how to send to one device. */
	record Target(long id, String endpoint, byte[] browserKey, byte[] authSecret, @Nullable LocalTime quietFrom,
			@Nullable LocalTime quietUntil) {

		boolean quietAt(LocalTime time) {
			return QuietHours.covers(this.quietFrom, this.quietUntil, time);
		}

	}

	/** A browser's subscription as the page sends it. */
	public record Subscription(@Nullable String endpoint, @Nullable String browserKey, @Nullable String authSecret,
			@Nullable String label, @Nullable LocalTime quietFrom, @Nullable LocalTime quietUntil) {
	}

	/** The parent's devices, with times in the parent's zone. */
	public List<Device> list(long parentId) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return this.jdbc.query("select id, label, quiet_from, quiet_until, created_at, last_sent_at from push_device"
				+ " where parent_id = ? order by created_at, id", (row, index) -> device(row, zone), parentId);
	}

	private int count(long parentId) {
		Integer count = this.jdbc.queryForObject("select count(*) from push_device where parent_id = ?", Integer.class,
				parentId);
		return (count != null) ? count : 0;
	}

	public boolean any(long parentId) {
		return count(parentId) > 0;
	}

	/**
	 * Keeps a device's subscription; the same browser subscribing again replaces what was
	 * kept for it. A push address kept for another account is refused: it is that
	 * account's device until they turn its reminders off.
	 * @throws InvalidInput if the address is not a known push service's (over HTTPS, on
	 * its standard port), is another account's, the keys are not a browser's, the name is
	 * too long or only one of the quiet hours is given
	 */
	@Transactional
	public void add(long parentId, Subscription subscription) {
		this.accounts.lockForWrites(parentId);
		Rejections rejections = new Rejections();
		String endpoint = endpoint(subscription.endpoint(), rejections);
		byte[] browserKey = decode(subscription.browserKey());
		byte[] authSecret = decode(subscription.authSecret());
		if (endpoint != null && (!browserKeyValid(browserKey) || authSecret == null || authSecret.length != 16)) {
			rejections.reject(Rejection.whole("reminders.keysInvalid"));
		}
		String label = (subscription.label() != null) ? subscription.label().strip() : "";
		if (label.length() > MAX_LABEL) {
			rejections.reject("label", "reminders.labelTooLong", MAX_LABEL);
		}
		checkQuietHours(subscription.quietFrom(), subscription.quietUntil(), rejections);
		if (endpoint != null) {
			Integer others = this.jdbc.queryForObject(
					"select count(*) from push_device where endpoint = ? and parent_id <> ?", Integer.class, endpoint,
					parentId);
			if (others != null && others > 0) {
				// A push address is its device's: another account cannot take it over.
				rejections.reject(Rejection.whole("reminders.endpointTaken"));
			}
			else {
				this.jdbc.update("delete from push_device where endpoint = ? and parent_id = ?", endpoint, parentId);
			}
		}
		if (count(parentId) >= MAX_DEVICES) {
			rejections.reject(Rejection.whole("reminders.tooMany", MAX_DEVICES));
		}
		InvalidInput.throwIfAny(rejections.list());
		this.jdbc.update(
				"insert into push_device (parent_id, endpoint, browser_key, auth_secret, label, quiet_from, quiet_until,"
						+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				parentId, endpoint, subscription.browserKey(), subscription.authSecret(), label.isEmpty() ? "—" : label,
				time(subscription.quietFrom()), time(subscription.quietUntil()),
				this.clock.instant().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Changes a device's quiet hours (none when both are empty).
	 * @throws NotFoundException if the device is not the parent's
	 */
	@Transactional
	public void quietHours(long parentId, long deviceId, @Nullable LocalTime from, @Nullable LocalTime until) {
		Rejections rejections = new Rejections();
		checkQuietHours(from, until, rejections);
		InvalidInput.throwIfAny(rejections.list());
		if (this.jdbc.update("update push_device set quiet_from = ?, quiet_until = ? where id = ? and parent_id = ?",
				time(from), time(until), deviceId, parentId) == 0) {
			throw new NotFoundException();
		}
	}

	/**
	 * Stops reminders on a device.
	 * @throws NotFoundException if the device is not the parent's
	 */
	@Transactional
	public void remove(long parentId, long deviceId) {
		if (this.jdbc.update("delete from push_device where id = ? and parent_id = ?", deviceId, parentId) == 0) {
			throw new NotFoundException();
		}
	}

	List<Target> targets(long parentId) {
		return this.jdbc.query(
				"select id, endpoint, browser_key, auth_secret, quiet_from, quiet_until"
						+ " from push_device where parent_id = ? order by id",
				(row, index) -> new Target(row.getLong("id"), row.getString("endpoint"),
						DECODER.decode(row.getString("browser_key")), DECODER.decode(row.getString("auth_secret")),
						localTime(row.getTime("quiet_from")), localTime(row.getTime("quiet_until"))),
				parentId);
	}

	void sent(long deviceId, Instant at) {
		this.jdbc.update("update push_device set last_sent_at = ? where id = ?", at.atOffset(ZoneOffset.UTC), deviceId);
	}

	/** The push service says the browser's subscription is gone: forget it. */
	void gone(long deviceId) {
		this.jdbc.update("delete from push_device where id = ?", deviceId);
	}

	private @Nullable String endpoint(@Nullable String value, Rejections rejections) {
		if (value == null || value.isBlank()) {
			rejections.reject(Rejection.whole("reminders.noSubscription"));
			return null;
		}
		String endpoint = value.strip();
		try {
			URI uri = new URI(endpoint);
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			boolean local = this.localHttp && "http".equals(uri.getScheme())
					&& ("localhost".equals(host) || "127.0.0.1".equals(host));
			boolean known = "https".equals(uri.getScheme()) && uri.getUserInfo() == null
					&& (uri.getPort() == -1 || uri.getPort() == 443)
					&& this.hosts.stream().anyMatch((allowed) -> host.equals(allowed) || host.endsWith("." + allowed));
			if (endpoint.length() > MAX_ENDPOINT || !(known || local)) {
				rejections.reject(Rejection.whole("reminders.unknownService"));
				return null;
			}
			return endpoint;
		}
		catch (URISyntaxException ex) {
			rejections.reject(Rejection.whole("reminders.unknownService"));
			return null;
		}
	}

	private static boolean browserKeyValid(byte @Nullable [] key) {
		if (key == null) {
			return false;
		}
		try {
			WebPushCrypto.sharedSecret(WebPushCrypto.newKeyPair(), WebPushCrypto.publicKey(key));
			return true;
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	private static byte @Nullable [] decode(@Nullable String value) {
		if (value == null || value.length() > 100) {
			return null;
		}
		try {
			return DECODER.decode(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void checkQuietHours(@Nullable LocalTime from, @Nullable LocalTime until, Rejections rejections) {
		if ((from == null) != (until == null)) {
			rejections.reject((from == null) ? "quietFrom" : "quietUntil", "reminders.quietBoth");
		}
		else if (from != null && from.equals(until)) {
			rejections.reject("quietUntil", "reminders.quietSame");
		}
	}

	private static @Nullable Time time(@Nullable LocalTime time) {
		return (time != null) ? Time.valueOf(time.withSecond(0).withNano(0)) : null;
	}

	private static @Nullable LocalTime localTime(@Nullable Time time) {
		return (time != null) ? time.toLocalTime() : null;
	}

	private static Device device(ResultSet row, ZoneId zone) throws SQLException {
		OffsetDateTime sent = row.getObject("last_sent_at", OffsetDateTime.class);
		return new Device(row.getLong("id"), row.getString("label"), localTime(row.getTime("quiet_from")),
				localTime(row.getTime("quiet_until")), local(row.getObject("created_at", OffsetDateTime.class), zone),
				(sent != null) ? local(sent, zone) : null);
	}

	private static LocalDateTime local(OffsetDateTime time, ZoneId zone) {
		return time.atZoneSameInstant(zone).toLocalDateTime();
	}

}
