package app.relacta.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.relacta.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Creates accounts and changes their preferences and passwords. Form values arrive
 * already checked by Bean Validation; the rules that need the database or the zone list
 * are here.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			PlatformTransactionManager transactions) {
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
	 * Creates a parent's or a consultant's account, or records on {@code errors} why it
	 * cannot.
	 * @return the new account, or empty when {@code errors} has something to show
	 */
	public Optional<Account> signUp(SignupForm form, Errors errors) {
		String email = normalizeEmail(Objects.requireNonNull(form.email()));
		Optional<ZoneId> zone = zone(form.timeZone(), errors);
		Optional<String> name = displayName(form.displayName(), errors);
		newPassword("password", form.password(), errors);
		if (!errors.hasFieldErrors("email") && this.accounts.existsByEmail(email)) {
			errors.rejectValue("email", "signup.emailTaken");
		}
		if (errors.hasErrors() || zone.isEmpty() || name.isEmpty()) {
			return Optional.empty();
		}
		Account account = new Account(email, this.passwordEncoder.encode(form.password()), name.get(), zone.get(),
				Objects.requireNonNull(form.unit()), Objects.requireNonNull(form.role()), this.clock.instant());
		if (account.isConsultant()) {
			account.changeProfile(form.credential(), form.practice());
		}
		try {
			// A transaction of its own: when two sign-ups with one email race, the unique
			// index refuses the second, which then hears "taken" instead of an error.
			return Optional
				.of(Objects.requireNonNull(this.newTransaction.execute((status) -> this.accounts.save(account))));
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("email", "signup.emailTaken");
			return Optional.empty();
		}
	}

	private static Optional<String> displayName(@org.jspecify.annotations.Nullable String typed, Errors errors) {
		if (typed == null || errors.hasFieldErrors("displayName")) {
			return Optional.empty();
		}
		Optional<String> name = DisplayNames.clean(typed);
		if (name.isEmpty()) {
			errors.rejectValue("displayName", "signup.nameInvisible");
		}
		return name;
	}

	private static void newPassword(String field, @org.jspecify.annotations.Nullable String password, Errors errors) {
		if (password != null && !errors.hasFieldErrors(field)) {
			Passwords.problem(password).ifPresent((problem) -> errors.rejectValue(field, problem));
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
	 * Locks the account's row until the calling transaction ends, so that a parent's
	 * writes that must see each other (the overlap rule, one baby check a day) are made
	 * one at a time, across threads and instances alike; someone else's writes never
	 * wait.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Account lockForWrites(long accountId) {
		return this.accounts.lockById(accountId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public void updatePreferences(long accountId, PreferencesForm form, Errors errors) {
		Optional<ZoneId> zone = zone(form.timeZone(), errors);
		if (errors.hasErrors() || zone.isEmpty()) {
			return;
		}
		Optional<String> name = displayName(form.displayName(), errors);
		if (name.isEmpty()) {
			return;
		}
		Account account = get(accountId);
		account.changePreferences(name.get(), zone.get(), Objects.requireNonNull(form.unit()));
		if (form.weightUnit() != null) {
			account.changeWeightUnit(form.weightUnit());
		}
		if (account.isConsultant()) {
			account.changeProfile(form.credential(), form.practice());
		}
	}

	@Transactional
	public void changePassword(long accountId, PasswordForm form, Errors errors) {
		Account account = get(accountId);
		if (!this.passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
			errors.rejectValue("currentPassword", "password.currentWrong");
		}
		newPassword("newPassword", form.newPassword(), errors);
		if (!errors.hasErrors()) {
			account.changePasswordHash(this.passwordEncoder.encode(form.newPassword()));
		}
	}

	private static Optional<ZoneId> zone(@org.jspecify.annotations.Nullable String id, Errors errors) {
		Optional<ZoneId> zone = (id != null) ? TimeZones.parse(id) : Optional.empty();
		if (zone.isEmpty() && !errors.hasFieldErrors("timeZone")) {
			errors.rejectValue("timeZone", "timeZone.unknown");
		}
		return zone;
	}

}
