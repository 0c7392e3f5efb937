package app.relacta.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import app.relacta.account.AccountService;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import app.relacta.system.VisibleText;
import app.relacta.system.Secrets;
import app.relacta.system.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to a parent's progress, for someone who only looks at the chart: the
 * secret shown once and kept as its SHA-256, an end date (7 days by default, at most 90),
 * revocable; every visit through a link is in the parent's record of who looked.
 */
@Service
public class ViewLinks {

	public static final int DEFAULT_DAYS = 7;

	public static final int MAX_DAYS = 90;

	static final int MAX_LABEL = 60;

	/** More than anyone needs open at once. */
	static final int MAX_OPEN = 20;

	/** Looks through a link within this long of the last are one visit. */
	static final Duration VISIT = Duration.ofMinutes(30);

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final Clock clock;

	ViewLinks(JdbcTemplate jdbc, AccountService accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes a link that works for {@code days} days, showing the figures only, and the
	 * parent's notes too if {@code withNotes}; the secret is in the answer only.
	 * @throws InvalidInput if the label or the days are out of range, or too many links
	 * are open
	 */
	@Transactional
	public NewLink create(long parentId, @Nullable String label, @Nullable Integer days, boolean withNotes) {
		this.accounts.lockForWrites(parentId);
		String name = (label != null) ? label.strip() : "";
		Rejections rejections = new Rejections();
		if (VisibleText.isBlank(name)) {
			rejections.reject("label", "viewLink.labelRequired");
		}
		else if (name.length() > MAX_LABEL) {
			rejections.reject("label", "viewLink.labelTooLong", MAX_LABEL);
		}
		rejections.required("days", days).within("days", days, 1, MAX_DAYS);
		if (open(parentId).size() >= MAX_OPEN) {
			rejections.reject(Rejection.whole("viewLink.tooMany", MAX_OPEN));
		}
		InvalidInput.throwIfAny(rejections.list());
		String secret = Secrets.urlSafe(32);
		Instant now = this.clock.instant();
		Instant expires = now.plus(Duration.ofDays(days));
		this.jdbc.update(
				"insert into view_link (parent_id, token_hash, label, created_at, expires_at, with_notes)"
						+ " values (?, ?, ?, ?, ?, ?)",
				parentId, Sha256.hex(secret), name, utc(now), utc(expires), withNotes);
		return new NewLink(secret, name, LocalDateTime.ofInstant(expires, this.accounts.get(parentId).getZone()));
	}

	/**
	 * The parent's links that still work, newest first, with their visits.
	 */
	@Transactional(readOnly = true)
	public List<LinkView> open(long parentId) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return this.jdbc.query("""
				select l.id, l.label, l.created_at, l.expires_at,
				  (select count(*) from view_link_look v where v.link_id = l.id) as visits,
				  (select max(v.viewed_at) from view_link_look v where v.link_id = l.id) as last_visit
				from view_link l
				where l.parent_id = ? and l.revoked_at is null and l.expires_at > ?
				order by l.created_at desc, l.id desc""", (rs, row) -> new LinkView(rs.getLong(1), rs.getString(2),
				local(rs, 3, zone), local(rs, 4, zone), rs.getLong(5), localOrNull(rs, 6, zone)), parentId,
				utc(this.clock.instant()));
	}

	/**
	 * Revokes one of the parent's links: from now on it opens nothing.
	 * @throws NotFoundException if it is not theirs
	 */
	@Transactional
	public String revoke(long parentId, long linkId) {
		List<String> labels = this.jdbc.queryForList(
				"select label from view_link where id = ? and parent_id = ? and revoked_at is null", String.class,
				linkId, parentId);
		if (labels.isEmpty()) {
			throw new NotFoundException();
		}
		this.jdbc.update("update view_link set revoked_at = ? where id = ?", utc(this.clock.instant()), linkId);
		return labels.get(0);
	}

	/**
	 * Whose progress this secret opens, noting the visit in their record of who looked;
	 * 404 for a secret that is unknown, expired or revoked.
	 */
	@Transactional
	public Shared visit(String secret) {
		Opened link = find(secret);
		Instant now = this.clock.instant();
		Integer recent = this.jdbc.queryForObject(
				"select count(*) from view_link_look where link_id = ? and viewed_at > ?", Integer.class, link.id(),
				utc(now.minus(VISIT)));
		if (recent == null || recent == 0) {
			this.jdbc.update("insert into view_link_look (parent_id, link_id, viewed_at) values (?, ?, ?)",
					link.parentId(), link.id(), utc(now));
		}
		return new Shared(link.parentId(), link.withNotes());
	}

	/**
	 * Whose progress a link opens, and whether the parent chose to show their notes
	 * through it.
	 */
	public record Shared(long parentId, boolean withNotes) {

	}

	/**
	 * Whose progress this secret opens, without noting a visit (for the chart's figures
	 * on the page just visited).
	 */
	@Transactional(readOnly = true)
	public long parentOf(String secret) {
		return find(secret).parentId();
	}

	private Opened find(String secret) {
		if (secret.length() > 100) {
			throw new NotFoundException();
		}
		return this.jdbc
			.query("select id, parent_id, with_notes from view_link"
					+ " where token_hash = ? and revoked_at is null and expires_at > ?",
					(rs, row) -> new Opened(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)), Sha256.hex(secret),
					utc(this.clock.instant()))
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The latest visits through the parent's links, newest first, for their record of who
	 * looked.
	 */
	List<AccessView> looks(long parentId, ZoneId zone, int limit) {
		return this.jdbc.query("""
				select l.label, v.viewed_at from view_link_look v join view_link l on l.id = v.link_id
				where v.parent_id = ? order by v.viewed_at desc, v.id desc limit ?""",
				(rs, row) -> new AccessView(rs.getString(1), Area.PROGRESS, local(rs, 2, zone), true), parentId, limit);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static LocalDateTime local(ResultSet rs, int column, ZoneId zone) throws SQLException {
		return LocalDateTime.ofInstant(rs.getObject(column, OffsetDateTime.class).toInstant(), zone);
	}

	private static @Nullable LocalDateTime localOrNull(ResultSet rs, int column, ZoneId zone) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? LocalDateTime.ofInstant(value.toInstant(), zone) : null;
	}

	private record Opened(long id, long parentId, boolean withNotes) {

	}

	/** A link just made, with its secret: shown once. */
	public record NewLink(String secret, String label, LocalDateTime expires) {

	}

	/** A link that works, as Sharing lists it (never its secret). */
	public record LinkView(long id, String label, LocalDateTime created, LocalDateTime expires, long visits,
			@Nullable LocalDateTime lastVisit) {

	}

}
