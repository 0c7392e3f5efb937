package app.relacta.journal;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.plan.DayVolume;
import app.relacta.plan.NightWindow;
import app.relacta.plan.SessionFact;
import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, changes, deletes and lists a parent's sessions. Every method is scoped to the
 * parent who asks: another parent's session is not found.
 */
@Service
public class JournalService {

	/**
	 * No journal reaches back further; an older {@code until} (a hand-made URL) starts
	 * here.
	 */
	private static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);

	private final LoggedSessionRepository sessions;

	private final AccountService accounts;

	private final Clock clock;

	private final EntityManager entityManager;

	private final CareMomentRepository moments;

	private final DayTotals totals;

	private final SessionWriter writer;

	JournalService(LoggedSessionRepository sessions, CareMomentRepository moments, DayTotals totals,
			AccountService accounts, SessionWriter writer, Clock clock, EntityManager entityManager) {
		this.sessions = sessions;
		this.totals = totals;
		this.writer = writer;
		this.moments = moments;
		this.accounts = accounts;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public VolumeUnit unitOf(long parentId) {
		return this.accounts.get(parentId).getUnit();
	}

	/**
	 * A new session: starting now in the parent's zone, 20 minutes with a double pump.
	 */
	@Transactional(readOnly = true)
	public SessionEntry newEntry(long parentId) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return SessionEntry.startingAt(LocalDateTime.now(this.clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
	}

	/**
	 * The quick log's defaults: the minutes and method of the parent's last session, or
	 * the plan's 20 minutes with a double pump (R2) before the first.
	 */
	@Transactional(readOnly = true)
	public QuickLog quickLog(long parentId) {
		return this.sessions.findFirstByParentIdOrderByStartedAtDesc(parentId)
			.map((last) -> new QuickLog(last.getDurationMinutes(), last.getMethod()))
			.orElse(new QuickLog(SessionEntry.DEFAULT_DURATION_MINUTES, SessionMethod.DOUBLE_PUMP));
	}

	/**
	 * When a session of {@code minutes} that ends now started, in the parent's local time
	 * (to the minute): what the quick log saves.
	 */
	@Transactional(readOnly = true)
	public LocalDateTime startedMinutesAgo(long parentId, int minutes) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return LocalDateTime.now(this.clock.withZone(zone)).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * What is wrong with {@code entry} as a new session of the parent, without saving
	 * anything: for a form whose other fields could not be read, so that every problem
	 * shows at once.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> check(long parentId, SessionEntry entry) {
		Account parent = this.accounts.get(parentId);
		return SessionRules.check(entry, parent.getZone(), parent.getUnit(), this.clock.instant());
	}

	/**
	 * Logs a session.
	 * @throws InvalidInput if a value is missing or implausible
	 * @throws OverlappingSessionException if it shares time with a logged session
	 */
	@Transactional
	public SessionView log(long parentId, SessionEntry entry) {
		VolumeUnit unit = unitOf(parentId);
		return SessionView.of(this.writer.log(parentId, entry, unit), unit);
	}

	@Transactional(readOnly = true)
	public SessionView view(long parentId, long sessionId) {
		return SessionView.of(find(parentId, sessionId), unitOf(parentId));
	}

	/**
	 * A logged session as it would be typed, in the parent's unit and the session's zone,
	 * with its version.
	 */
	@Transactional(readOnly = true)
	public SessionEntry entry(long parentId, long sessionId) {
		LoggedSession session = find(parentId, sessionId);
		VolumeUnit unit = unitOf(parentId);
		return new SessionEntry(LocalDateTime.ofInstant(session.getStartedAt(), session.getZone()),
				session.getDurationMinutes(), session.getMethod(), unit.fromMillilitresOrNull(session.getLeftMl()),
				unit.fromMillilitresOrNull(session.getRightMl()),
				session.hasSides() ? null : unit.fromMillilitresOrNull(session.getTotalMl()), session.isDropsOnly(),
				session.isPowerPump(), session.isHandExpression(), session.isMassage(), session.isPain(),
				session.getNotes(), session.getVersion());
	}

	/**
	 * What is wrong with {@code entry} as a change of the session, without saving.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> check(long parentId, long sessionId, SessionEntry entry) {
		LoggedSession session = find(parentId, sessionId);
		return SessionRules.check(entry, session.getZone(), unitOf(parentId), this.clock.instant());
	}

	/**
	 * Saves a change of a session. Times are read in the zone the session was logged in.
	 * @throws InvalidInput if a value is missing or implausible
	 * @throws SessionChangedElsewhereException if the entry is based on an older version
	 * @throws OverlappingSessionException if it would share time with another session
	 */
	@Transactional
	public SessionView update(long parentId, long sessionId, SessionEntry entry) {
		VolumeUnit unit = unitOf(parentId);
		return SessionView.of(this.writer.update(parentId, sessionId, entry, unit), unit);
	}

	@Transactional
	public void delete(long parentId, long sessionId) {
		this.writer.delete(parentId, sessionId);
	}

	/**
	 * A new night window: every day's night sessions are counted again against it, in the
	 * same transaction as the plan's change.
	 */
	@EventListener
	void nightChanged(NightWindow.Changed change) {
		this.accounts.lockForWrites(change.parentId());
		this.totals.rebuild(change.parentId(), change.night());
	}

	/**
	 * The journal window of {@value JournalPage#DAYS_PER_PAGE} local days that ends on
	 * {@code until} (default: today in the parent's zone). A fixed number of queries,
	 * however long the log.
	 */
	@Transactional(readOnly = true)
	public JournalPage page(long parentId, @Nullable LocalDate until) {
		Account parent = this.accounts.get(parentId);
		VolumeUnit unit = parent.getUnit();
		LocalDate today = LocalDate.now(this.clock.withZone(parent.getZone()));
		LocalDate end = (until != null) ? clamp(until, EARLIEST_DAY, today) : today;
		LocalDate from = end.minusDays(JournalPage.DAYS_PER_PAGE - 1);
		// The default window also reaches a day ahead: a session logged while in a zone
		// east of
		// the current one can sit on tomorrow's local date.
		LocalDate to = (until != null) ? end : today.plusDays(1);
		Map<LocalDate, List<SessionView>> byDay = this.sessions
			.findByParentIdAndLocalDateBetweenOrderByStartedAtDesc(parentId, from, to)
			.stream()
			.map((session) -> SessionView.of(session, unit))
			.collect(Collectors.groupingBy(SessionView::localDate, LinkedHashMap::new, Collectors.toList()));
		Map<LocalDate, List<MomentView>> momentsByDay = this.moments
			.findByParentIdAndLocalDateBetweenOrderByOccurredAtDesc(parentId, from, to)
			.stream()
			.map(MomentView::of)
			.collect(Collectors.groupingBy(MomentView::date, LinkedHashMap::new, Collectors.toList()));
		Map<LocalDate, JournalDay> days = new TreeMap<>(Comparator.reverseOrder());
		for (DayTotal day : this.totals.between(parentId, from, to)) {
			days.put(day.date(), new JournalDay(day.date(), day.sessions(), unit.formatOrNull(day.totalMl()),
					byDay.getOrDefault(day.date(), List.of()), momentsByDay.getOrDefault(day.date(), List.of())));
		}
		// A day with only skin-to-skin or a feed at the breast is a day of the journal
		// too.
		momentsByDay
			.forEach((date, moments) -> days.putIfAbsent(date, new JournalDay(date, 0, null, List.of(), moments)));
		LocalDate older = this.totals.latestDayBefore(parentId, from).orElse(null);
		LocalDate newer = end.isBefore(today) ? min(end.plusDays(JournalPage.DAYS_PER_PAGE), today) : null;
		return new JournalPage(from, end, today, unit, List.copyOf(days.values()), older, newer);
	}

	/**
	 * A parent's sessions that started in [from, to), oldest first, as the plan reads
	 * them.
	 */
	@Transactional(readOnly = true)
	public List<SessionFact> sessionsBetween(long parentId, Instant from, Instant to) {
		return this.sessions.factsBetween(parentId, from, to);
	}

	/**
	 * Session count and measured milk per local day from {@code from} to {@code to},
	 * newest first; days without sessions are left out.
	 */
	@Transactional(readOnly = true)
	public List<DayVolume> dayTotals(long parentId, LocalDate from, LocalDate to) {
		List<DayVolume> days = new ArrayList<>(
				this.totals.between(parentId, from, to).stream().map(DayTotal::volume).toList());
		Collections.reverse(days);
		return days;
	}

	/**
	 * The parent's day totals from {@code from} to {@code to}, oldest first; days without
	 * sessions are left out. One read of the kept totals, whatever the sessions.
	 */
	@Transactional(readOnly = true)
	public List<DayTotal> days(long parentId, LocalDate from, LocalDate to) {
		return this.totals.between(parentId, from, to);
	}

	/**
	 * The first note of each local day in the range that has one.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, String> firstNotes(long parentId, LocalDate from, LocalDate to) {
		Map<LocalDate, String> notes = new java.util.HashMap<>();
		for (Object[] row : this.sessions.firstNotes(parentId, from, to)) {
			notes.putIfAbsent((LocalDate) row[0], (String) row[1]);
		}
		return notes;
	}

	/**
	 * The local day of the parent's first session, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> firstDay(long parentId) {
		return this.sessions.findFirstByParentIdOrderByLocalDate(parentId)
			.map(LoggedSessionRepository.SessionDay::getLocalDate);
	}

	/**
	 * An entity tag for the export: the same for as long as no session is logged, changed
	 * or deleted, so an unchanged export costs a 304. Bump the first part when the CSV's
	 * columns change.
	 */
	@Transactional(readOnly = true)
	public String exportTag(long parentId) {
		return this.accounts.dataTag(parentId, "csv-1");
	}

	/**
	 * Writes every session of the parent as CSV, streamed from the database in batches: a
	 * long log is never held in memory at once.
	 */
	@Transactional(readOnly = true)
	public void exportCsv(long parentId, Writer out) {
		try (Stream<LoggedSession> all = this.sessions.streamByParentIdOrderByStartedAt(parentId)) {
			JournalCsv.write(all, out, this.entityManager::detach);
		}
	}

	private LoggedSession find(long parentId, long sessionId) {
		return this.writer.find(parentId, sessionId);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate clamp(LocalDate day, LocalDate earliest, LocalDate latest) {
		return day.isBefore(earliest) ? earliest : min(day, latest);
	}

}
