package app.relacta.system;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Recognises a statement that waited past the lock or statement timeout (which every
 * connection sets): its transaction was rolled back, so nothing of it was saved, and it
 * may be tried again.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/** Whether {@code failure} (or a cause) is a lock or statement timeout. */
	public static boolean timedOut(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException
					|| cause instanceof jakarta.persistence.LockTimeoutException
					|| cause instanceof jakarta.persistence.PessimisticLockException
					|| cause instanceof jakarta.persistence.QueryTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("55P03")
					|| sql.getSQLState().equals("57014") || sql.getSQLState().equals("HYT00"))) {
				// PostgreSQL's lock_not_available and query_canceled, H2's lock timeout.
				return true;
			}
		}
		return false;
	}

}
