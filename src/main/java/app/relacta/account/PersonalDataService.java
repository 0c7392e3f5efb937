package app.relacta.account;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

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
			"breast_note", "medication", "session_timer", "baby_check", "pending_import", "push_reminder",
			"push_device", "plan_settings", "day_total", "logged_session");

	/**
	 * The column each table's rows are unique and ordered by, for the export's pages:
	 * {@code id} unless named here.
	 */
	private static final Map<String, String> PAGE_KEYS = Map.of("day_total", "local_date", "session_timer", "parent_id",
			"push_reminder", "parent_id");

	/** Rows read at a time by the export. */
	static final int EXPORT_PAGE = 500;

	private static final List<String> ACCOUNT_COLUMNS = List.of("id", "email", "display_name", "time_zone",
			"volume_unit", "weight_unit", "role", "created_at");

	private final JdbcTemplate jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final JsonMapper json;

	PersonalDataService(JdbcTemplate jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Everything about a parent, table by table (the password's hash excepted), with
	 * times as ISO instants and dates as ISO dates, written to {@code out} as JSON as it
	 * is read: {@value #EXPORT_PAGE} rows at a time, each page a short read of its own
	 * (by the table's key, after the last row written), so the memory it takes and the
	 * time it holds a database connection are the same for a week of sessions or for
	 * 100,000, and a slow download holds no connection at all.
	 */
	public void export(long parentId, OutputStream out) {
		try (JsonGenerator json = this.json.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("account");
			json.writePOJO(this.jdbc
				.queryForList("select " + String.join(", ", ACCOUNT_COLUMNS) + " from account where id = ?", parentId)
				.stream()
				.map(PersonalDataService::plain)
				.findFirst()
				.orElseThrow(() -> new NotFoundException()));
			for (int i = PARENT_TABLES.size() - 1; i >= 0; i--) {
				String table = PARENT_TABLES.get(i);
				json.writeName(table);
				json.writeStartArray();
				exportTable(table, parentId, json);
				json.writeEndArray();
				json.flush();
			}
			json.writeEndObject();
		}
	}

	private void exportTable(String table, long parentId, JsonGenerator json) {
		String key = PAGE_KEYS.getOrDefault(table, "id");
		String first = "select * from " + table + " where parent_id = ? order by " + key + " fetch first " + EXPORT_PAGE
				+ " rows only";
		String next = "select * from " + table + " where parent_id = ? and " + key + " > ? order by " + key
				+ " fetch first " + EXPORT_PAGE + " rows only";
		Object after = null;
		while (true) {
			List<Map<String, Object>> page = (after == null) ? this.jdbc.queryForList(first, parentId)
					: this.jdbc.queryForList(next, parentId, after);
			for (Map<String, Object> row : page) {
				json.writePOJO(plain(row));
			}
			if (page.size() < EXPORT_PAGE) {
				return;
			}
			after = keyValue(page.get(page.size() - 1), key);
		}
	}

	/**
	 * The row's value of {@code key}, whatever case the database gave its column name.
	 */
	private static Object keyValue(Map<String, Object> row, String key) {
		return row.entrySet()
			.stream()
			.filter((column) -> column.getKey().equalsIgnoreCase(key))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
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
