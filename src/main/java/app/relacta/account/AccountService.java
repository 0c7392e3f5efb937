package app.relacta.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts and changes their preferences and passwords: the rules that need the
 * database, the zone list or the password list. Refusals are {@link InvalidInput}.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final LoginSessions logins;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			PlatformTransactionManager transactions, LoginSessions logins) {
		this.logins = logins;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The account of a signed-in person.
	 */
	@Transactional(readOnly = true)
	public Account get(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

	/**
	 * The account with this email (in any case), if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(normalizeEmail(email));
	}

	/**
	 * Whether an account with this email (in any case) exists.
	 */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.accounts.existsByEmail(normalizeEmail(email));
	}

	/**
	 * Creates a parent's or a consultant's account.
	 * @throws InvalidInput if the email is taken, the zone unknown, the name invisible or
	 * the password too easy to guess
	 */
	public Account signUp(SignUp signUp) {
		return create(signUp, true);
	}

	/**
	 * Creates one of the demo's accounts, whose password is published on the login page:
	 * the one password a person may not choose ({@link Passwords}).
	 */
	public Account createDemoAccount(SignUp signUp) {
		return create(signUp, false);
	}

	private Account create(SignUp signUp, boolean checkPassword) {
		String email = normalizeEmail(Objects.requireNonNull(signUp.email()));
		Rejections rejections = new Rejections();
		ZoneId zone = zone(signUp.timeZone(), rejections);
		String name = displayName(signUp.displayName(), rejections);
		if (checkPassword) {
			newPassword("password", signUp.password(), signUp.email(), rejections);
		}
		if (this.accounts.existsByEmail(email)) {
			rejections.reject("email", "signup.emailTaken");
		}
		rejections.throwIfAny();
		Account account = new Account(email, this.passwordEncoder.encode(signUp.password()), name,
				Objects.requireNonNull(zone), Objects.requireNonNull(signUp.unit()),
				Objects.requireNonNull(signUp.role()), this.clock.instant());
		if (account.isConsultant()) {
			account.changeProfile(signUp.credential(), signUp.practice());
		}
		try {
			// A transaction of its own: when two sign-ups with one email race, the unique
			// index refuses the second, which then hears "taken" instead of an error.
			return Objects.requireNonNull(this.newTransaction.execute((status) -> this.accounts.save(account)));
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInput(Rejection.of("email", "signup.emailTaken"));
		}
	}

	private static @Nullable String displayName(@Nullable String typed, Rejections rejections) {
		if (typed == null) {
			rejections.reject("displayName", "NotBlank");
			return null;
		}
		Optional<String> name = DisplayNames.clean(typed);
		if (name.isEmpty()) {
			rejections.reject("displayName", "signup.nameInvisible");
		}
		return name.orElse(null);
	}

	private static void newPassword(String field, @Nullable String password, @Nullable String email,
			Rejections rejections) {
		if (password == null) {
			rejections.reject(field, "NotBlank");
		}
		else {
			Passwords.problem(password, email).ifPresent((problem) -> rejections.reject(field, problem));
		}
	}

	/**
	 * The accounts with these ids, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Account> getAll(Collection<Long> ids) {
		Map<Long, Account> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.accounts.findAllById(ids).forEach((account) -> found.put(account.getId(), account));
		}
		return found;
	}

	/**
	 * Records a change to what the parent's journal and progress show (a session, the
	 * plan), in the calling transaction: {@link Account#getDataVersion()} moves.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void dataChanged(long accountId) {
		this.accounts.bumpDataVersion(accountId);
	}

	/**
	 * An entity tag for an answer built from the parent's sessions and plan: the same for
	 * as long as {@link #dataChanged} is not called, so an unchanged answer costs a 304.
	 * @param kind what the answer is, with a version to bump when its format changes
	 */
	@Transactional(readOnly = true)
	public String dataTag(long accountId, String kind) {
		return "\"" + kind + "-" + get(accountId).getDataVersion() + "\"";
	}

	/**
	 * Locks the account's row until the calling transaction ends, so that a parent's
	 * writes that must see each other (the overlap rule, one baby check a day) are made
	 * one at a time, across threads and instances alike; someone else's writes never
	 * wait.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Account lockForWrites(long accountId) {
		return this.accounts.lockById(accountId).orElseThrow(NotFoundException::new);
	}

	/**
	 * @throws InvalidInput if the zone is unknown or the name invisible
	 */
	@Transactional
	public void updatePreferences(long accountId, Preferences preferences) {
		Rejections rejections = new Rejections();
		ZoneId zone = zone(preferences.timeZone(), rejections);
		String name = displayName(preferences.displayName(), rejections);
		rejections.throwIfAny();
		Account account = get(accountId);
		account.changePreferences(Objects.requireNonNull(name), Objects.requireNonNull(zone),
				Objects.requireNonNull(preferences.unit()));
		if (preferences.weightUnit() != null) {
			account.changeWeightUnit(preferences.weightUnit());
		}
		if (!account.isConsultant()) {
			account.changeWeeklySummary(Boolean.TRUE.equals(preferences.weeklySummary()));
		}
		if (account.isConsultant()) {
			account.changeProfile(preferences.credential(), preferences.practice());
		}
	}

	/** Keeps the language chosen in Settings (null: the browser's). */
	@Transactional
	public void changeLanguage(long accountId, @Nullable Language language) {
		get(accountId).changeLanguage(language);
	}

	/** The parents who asked for the weekly summary email. */
	@Transactional(readOnly = true)
	public List<Account> weeklySummaryRecipients() {
		return this.accounts.findWeeklySummaryRecipients();
	}

	/**
	 * Claims the summary of the week starting {@code week} for a parent, so that of two
	 * instances only one sends it.
	 * @return whether this call claimed it
	 */
	@Transactional
	public boolean claimSummaryWeek(long parentId, LocalDate week) {
		return this.accounts.claimSummaryWeek(parentId, week) == 1;
	}

	/** Gives back a week claimed but not sent, for a later try. */
	@Transactional
	public void releaseSummaryWeek(long parentId, LocalDate week, @Nullable LocalDate previous) {
		this.accounts.releaseSummaryWeek(parentId, week, previous);
	}

	/**
	 * @throws InvalidInput if the current password is wrong or the new one too easy to
	 * guess
	 */
	@Transactional
	public void changePassword(long accountId, PasswordChange change, @Nullable String keepLogin) {
		Account account = get(accountId);
		Rejections rejections = new Rejections();
		if (!this.passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
			rejections.reject("currentPassword", "password.currentWrong");
		}
		newPassword("newPassword", change.newPassword(), account.getEmail(), rejections);
		rejections.throwIfAny();
		account.changePasswordHash(this.passwordEncoder.encode(change.newPassword()));
		this.logins.endOthers(accountId, keepLogin, change.tokensToo());
	}

	private static @Nullable ZoneId zone(@Nullable String id, Rejections rejections) {
		Optional<ZoneId> zone = (id != null) ? TimeZones.parse(id) : Optional.empty();
		if (zone.isEmpty()) {
			rejections.reject("timeZone", "timeZone.unknown");
		}
		return zone.orElse(null);
	}

}
