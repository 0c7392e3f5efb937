package app.relacta.account;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's data is theirs: all of it in one file (everything they and their consultants
 * wrote about them), and their account deleted with every row about them, their
 * consultants' access ending at once.
 */
@Service
public class PersonalDataService {

	/**
	 * Every table that holds rows about a parent, by its {@code parent_id}, in an order
	 * that deletes rows before the rows they point to. A test fails the build when a
	 * table with a {@code parent_id} is missing here.
	 */
	public static final List<String> PARENT_TABLES = List.of("view_link_look", "view_link", "journal_comment",
			"consultant_note", "access_record", "care_share", "care_invitation", "care_moment", "mood_check",
			"medication", "session_timer", "baby_check", "pending_import", "push_reminder", "push_device",
			"plan_settings", "day_total", "logged_session");

	private static final List<String> ACCOUNT_COLUMNS = List.of("id", "email", "display_name", "time_zone",
			"volume_unit", "weight_unit", "role", "created_at");

	private final JdbcTemplate jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	PersonalDataService(JdbcTemplate jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Everything about a parent, table by table (the password's hash excepted), with
	 * times as ISO instants and dates as ISO dates.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(long parentId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", this.jdbc
			.queryForList("select " + String.join(", ", ACCOUNT_COLUMNS) + " from account where id = ?", parentId)
			.stream()
			.map(PersonalDataService::plain)
			.findFirst()
			.orElseThrow());
		for (int i = PARENT_TABLES.size() - 1; i >= 0; i--) {
			String table = PARENT_TABLES.get(i);
			data.put(table,
					this.jdbc.queryForList("select * from " + table + " where parent_id = ? order by 1", parentId)
						.stream()
						.map(PersonalDataService::plain)
						.toList());
		}
		return data;
	}

	/**
	 * Deletes a parent's account and every row about them, once they confirm with their
	 * password; their login sessions end with it.
	 * @throws InvalidInput if the password is not theirs; nothing is deleted then
	 */
	@Transactional
	public void delete(long parentId, @Nullable String password) {
		Account parent = this.accounts.lockById(parentId).orElseThrow();
		if (password == null || !this.passwordEncoder.matches(password, parent.getPasswordHash())) {
			throw new InvalidInput(Rejection.of("password", "data.delete.passwordWrong"));
		}
		for (String table : PARENT_TABLES) {
			this.jdbc.update("delete from " + table + " where parent_id = ?", parentId);
		}
		this.jdbc.update("delete from spring_session where principal_name = ?", parent.getEmail());
		this.accounts.delete(parent);
	}

	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> plain = new LinkedHashMap<>();
		row.forEach((column, value) -> plain.put(column.toLowerCase(Locale.ROOT), plainValue(value)));
		return plain;
	}

	private static @Nullable Object plainValue(@Nullable Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof Time time) {
			return time.toLocalTime().toString();
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return value;
	}

}
