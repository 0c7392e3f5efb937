package app.relacta.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Reading a page does not write to the database. Spring Session records when a login
 * session was last used on every request, which for sessions kept in the database is an
 * {@code UPDATE} (and a commit to disk) per page, and a row every request of one session
 * waits for. Here the time of last use moves only when it is at least {@link #RESOLUTION}
 * old: a session still expires after 30 days without use, give or take a minute. Changes
 * of attributes (a sign-in, a flash message) are saved as before.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession>, DisposableBean {

	/** How stale the recorded last use of a session may be. */
	static final Duration RESOLUTION = Duration.ofMinutes(1);

	@SuppressWarnings("rawtypes")
	private final FindByIndexNameSessionRepository target;

	QuietSessions(JdbcIndexedSessionRepository target) {
		this.target = target;
	}

	/**
	 * Wraps Spring Session's JDBC repository wherever it is used.
	 */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc) ? new QuietSessions(jdbc) : bean;
			}

		};
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(this.target.createSession());
	}

	@Override
	@SuppressWarnings("unchecked")
	public void save(QuietSession session) {
		this.target.save(session.target);
	}

	@Override
	public @Nullable QuietSession findById(String id) {
		Session found = this.target.findById(id);
		return (found != null) ? new QuietSession(found) : null;
	}

	@Override
	public void deleteById(String id) {
		this.target.deleteById(id);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> found = new LinkedHashMap<>();
		((Map<String, Session>) this.target.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, session) -> found.put(id, new QuietSession(session)));
		return found;
	}

	@Override
	public void destroy() throws Exception {
		((DisposableBean) this.target).destroy();
	}

	/**
	 * A session whose last use moves in steps of {@link #RESOLUTION}.
	 */
	static final class QuietSession implements Session {

		private final Session target;

		QuietSession(Session target) {
			this.target = target;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.target.getLastAccessedTime().plus(RESOLUTION))) {
				this.target.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.target.getId();
		}

		@Override
		public String changeSessionId() {
			return this.target.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.target.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.target.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.target.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.target.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.target.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.target.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.target.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.target.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.target.isExpired();
		}

	}

}
