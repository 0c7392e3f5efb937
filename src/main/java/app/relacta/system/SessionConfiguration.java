package app.relacta.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie of a login session kept in the database (Spring Session JDBC): HttpOnly,
 * sent only with same-site navigation (Lax), and Secure whenever the request came over
 * TLS (behind a proxy, as its forwarded headers say). Two requests of one session at once
 * (a double tap, two tabs) that both add the same attribute (the flash message of a
 * redirect) write it with an upsert, not two inserts of which one would fail.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Reading a page writes nothing to the session's row ({@link QuietSessions}).
	 */
	@Bean
	static BeanPostProcessor quietSessions() {
		return QuietSessions.wrapper();
	}

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

	/**
	 * A session attribute is written with an upsert: PostgreSQL's {@code ON CONFLICT}
	 * (Spring Session's own customizer), H2's {@code MERGE ... KEY}.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery("""
				MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""");
	}

}
