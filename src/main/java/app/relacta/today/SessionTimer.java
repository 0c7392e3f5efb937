package app.relacta.today;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A running session timer of a parent, kept on the server so it survives a page reload or
 * a phone going to sleep.
 */
@Entity
@Table(name = "session_timer")
class SessionTimer {

	@Id
	private Long parentId;

	private Instant startedAt;

	private boolean powerPump;

	@SuppressWarnings("NullAway.Init")
	protected SessionTimer() {
	}

	SessionTimer(long parentId, Instant startedAt, boolean powerPump) {
		this.parentId = parentId;
		this.startedAt = startedAt;
		this.powerPump = powerPump;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	boolean isPowerPump() {
		return this.powerPump;
	}

}
