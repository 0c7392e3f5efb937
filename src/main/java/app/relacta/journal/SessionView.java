package app.relacta.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import app.relacta.account.VolumeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A logged session as a page shows it: local times in the zone it was logged in, volumes
 * as text in the parent's unit.
 */
public record SessionView(long id, LocalDateTime start, LocalDateTime end, ZoneId zone, int durationMinutes,
		SessionMethod method, @Nullable String left, @Nullable String right, @Nullable String total, boolean dropsOnly,
		boolean powerPump, boolean handExpression, boolean massage, boolean pain, @Nullable String notes,
		long version) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	static SessionView of(LoggedSession session, VolumeUnit unit) {
		ZoneId zone = session.getZone();
		return new SessionView(session.getId(), LocalDateTime.ofInstant(session.getStartedAt(), zone),
				LocalDateTime.ofInstant(session.getEndedAt(), zone), zone, session.getDurationMinutes(),
				session.getMethod(), unit.formatOrNull(session.getLeftMl()), unit.formatOrNull(session.getRightMl()),
				unit.formatOrNull(session.getTotalMl()), session.isDropsOnly(), session.isPowerPump(),
				session.isHandExpression(), session.isMassage(), session.isPain(), session.getNotes(),
				session.getVersion());
	}

	/**
	 * The local day the session belongs to: the day it started, where it was logged.
	 */
	public LocalDate localDate() {
		return this.start.toLocalDate();
	}

	/**
	 * When it started, as the journal lists it: 03:10.
	 */
	public String clock() {
		return CLOCK.format(this.start);
	}

	/**
	 * Whether the journal tags it: drops beside a measured amount, a power pump, hand
	 * expression or massage.
	 */
	public boolean tagged() {
		return this.powerPump || this.handExpression || this.massage || this.pain
				|| (this.dropsOnly && this.total != null);
	}

	/**
	 * Whether volumes were measured per side.
	 */
	public boolean hasSides() {
		return this.left != null || this.right != null;
	}

}
