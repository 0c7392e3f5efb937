package app.relacta.system;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No request holds a connection or waits on a lock for long: each new connection is told
 * to give up waiting for a row lock after {@value #LOCK_TIMEOUT_MS} ms and to cancel a
 * statement after {@value #STATEMENT_TIMEOUT_MS} ms, on PostgreSQL and H2 alike (unless
 * the operator set {@code spring.datasource.hikari.connection-init-sql} themselves). A
 * request that waited too long is rolled back and answered 429 with what it sent kept
 * ({@link DatabaseUnavailableFilter}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

	/** Longer than any write of one account takes; far shorter than a person waits. */
	static final int LOCK_TIMEOUT_MS = 5_000;

	/** Longer than the slowest page or import statement, by far. */
	static final int STATEMENT_TIMEOUT_MS = 30_000;

	@Bean
	static BeanPostProcessor timeoutsOnEachConnection() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null
						&& pool.getJdbcUrl() != null) {
					String sql = initSql(pool.getJdbcUrl());
					if (sql != null) {
						pool.setConnectionInitSql(sql);
					}
				}
				return bean;
			}

		};
	}

	static @Nullable String initSql(String jdbcUrl) {
		if (jdbcUrl.startsWith("jdbc:postgresql:")) {
			return "SET lock_timeout = " + LOCK_TIMEOUT_MS + "; SET statement_timeout = " + STATEMENT_TIMEOUT_MS;
		}
		if (jdbcUrl.startsWith("jdbc:h2:")) {
			return "SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MS + "; SET QUERY_TIMEOUT " + STATEMENT_TIMEOUT_MS;
		}
		return null;
	}

}
