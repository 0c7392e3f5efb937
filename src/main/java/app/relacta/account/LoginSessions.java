package app.relacta.account;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's login sessions (Spring Session JDBC, indexed by the email they belong to):
 * ended everywhere but on the device that asks, after a password change or when the owner
 * asks to be logged out of every other device.
 */
@Service
public class LoginSessions {

	private final JdbcTemplate jdbc;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	LoginSessions(JdbcTemplate jdbc, AccountRepository accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Ends every login of the account but {@code keep} (the session id of the request
	 * that asks; none kept when null), and its API tokens too if asked.
	 * @return how many logins ended
	 */
	@Transactional
	public int endOthers(long accountId, @Nullable String keep, boolean tokensToo) {
		String email = this.accounts.findById(accountId).orElseThrow().getEmail();
		int ended = (keep != null) ? this.jdbc
			.update("delete from spring_session where principal_name = ? and session_id <> ?", email, keep)
				: this.jdbc.update("delete from spring_session where principal_name = ?", email);
		this.events.publishEvent(new LoginsEnded(accountId, tokensToo));
		return ended;
	}

	/** How many logins the account has besides {@code keep}. */
	@Transactional(readOnly = true)
	public int countOthers(long accountId, @Nullable String keep) {
		String email = this.accounts.findById(accountId).orElseThrow().getEmail();
		Integer count = this.jdbc.queryForObject(
				"select count(*) from spring_session where principal_name = ? and session_id <> ?", Integer.class,
				email, (keep != null) ? keep : "");
		return (count != null) ? count : 0;
	}

}
