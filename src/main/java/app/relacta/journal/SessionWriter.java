package app.relacta.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.PlanService;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a session is written: logged, changed or deleted under the parent's write
 * lock, checked by {@link SessionRules}, refused when it overlaps another, and the day
 * totals counted again. The web form gives volumes in the parent's unit, the API in mL;
 * callers hold the transaction.
 */
@Component
class SessionWriter {

	/** Stands for "no session" where a query excludes one. Identity ids start at 1. */
	private static final long NO_SESSION = 0;

	private final LoggedSessionRepository sessions;

	private final AccountService accounts;

	private final DayTotals totals;

	private final PlanService plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionWriter(LoggedSessionRepository sessions, AccountService accounts, DayTotals totals, PlanService plans,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.totals = totals;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Logs a session with volumes in {@code unit}, or in the parent's own unit when it is
	 * null.
	 * @throws InvalidInput if a value is missing or implausible
	 * @throws OverlappingSessionException if it shares time with a logged session
	 */
	LoggedSession log(long parentId, SessionEntry entry, VolumeUnit unit) {
		Account parent = this.accounts.lockForWrites(parentId);
		Instant now = this.clock.instant();
		InvalidInput.throwIfAny(SessionRules.check(entry, parent.getZone(), unit, now));
		SessionData data = SessionRules.read(entry, parent.getZone(), unit);
		refuseOverlap(parentId, NO_SESSION, data, parent.getUnit());
		LoggedSession saved = this.sessions.saveAndFlush(new LoggedSession(parentId, data, now));
		countAgain(parentId, saved.getId(), new SessionStart(data.start(), data.localDate()));
		this.accounts.dataChanged(parentId);
		return saved;
	}

	/**
	 * Saves a change of a session, with volumes in {@code unit}. Times are read in the
	 * zone the session was logged in.
	 * @throws InvalidInput if a value is missing or implausible
	 * @throws SessionChangedElsewhereException if the entry is based on an older version
	 * @throws OverlappingSessionException if it would share time with another session
	 */
	LoggedSession update(long parentId, long sessionId, SessionEntry entry, VolumeUnit unit) {
		Account parent = this.accounts.lockForWrites(parentId);
		LoggedSession session = find(parentId, sessionId);
		Long version = entry.version();
		if (version == null || version != session.getVersion()) {
			throw new SessionChangedElsewhereException();
		}
		Instant now = this.clock.instant();
		InvalidInput.throwIfAny(SessionRules.check(entry, session.getZone(), unit, now));
		SessionData data = SessionRules.read(entry, session.getZone(), unit);
		refuseOverlap(parentId, sessionId, data, parent.getUnit());
		SessionStart before = SessionStart.of(session);
		session.apply(data, now);
		this.accounts.dataChanged(parentId);
		try {
			LoggedSession saved = this.sessions.saveAndFlush(session);
			countAgain(parentId, sessionId, before, SessionStart.of(session));
			return saved;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new SessionChangedElsewhereException();
		}
	}

	void delete(long parentId, long sessionId) {
		delete(parentId, sessionId, null);
	}

	/**
	 * Deletes the session, when it is still at {@code expectedVersion} (if given).
	 * @throws SessionChangedElsewhereException if it was changed since
	 */
	void delete(long parentId, long sessionId, @Nullable Long expectedVersion) {
		this.accounts.lockForWrites(parentId);
		LoggedSession session = find(parentId, sessionId);
		if (expectedVersion != null && session.getVersion() != expectedVersion) {
			throw new SessionChangedElsewhereException();
		}
		this.sessions.delete(session);
		this.sessions.flush();
		countAgain(parentId, sessionId, SessionStart.of(session));
		this.accounts.dataChanged(parentId);
	}

	/**
	 * The parent's session, or 404 as if it did not exist.
	 */
	LoggedSession find(long parentId, long sessionId) {
		return this.sessions.findByIdAndParentId(sessionId, parentId).orElseThrow(NotFoundException::new);
	}

	private void countAgain(long parentId, long sessionId, SessionStart... places) {
		this.totals.countAgain(parentId, sessionId, this.plans.current(parentId).night(), places);
		this.events.publishEvent(new SessionsChanged(parentId));
	}

	private void refuseOverlap(long parentId, long exceptId, SessionData data, VolumeUnit unit) {
		List<LoggedSession> overlapping = this.sessions.findOverlapping(parentId, exceptId,
				data.start().minus(Duration.ofMinutes(SessionEntry.MAX_DURATION_MINUTES + 1)), data.start(), data.end(),
				Limit.of(1));
		if (!overlapping.isEmpty()) {
			throw new OverlappingSessionException(SessionView.of(overlapping.get(0), unit));
		}
	}

}
