package app.relacta.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the app prepares, whoever prepares them (Hibernate, Spring
 * Session, JdbcTemplate), as the metric {@code relacta.jdbc.statements}: how the
 * benchmarks tell what a page costs, and how an operator sees a page start asking the
 * database once per row. The pool stays the pool: the wrapper unwraps to it for its own
 * metrics.
 */
@Configuration(proxyBeanMethods = false)
class StatementCounting {

	/** Statements prepared since the start, in this JVM. */
	static final LongAdder PREPARED = new LongAdder();

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
					return new CountingDataSource(dataSource);
				}
				return bean;
			}

		};
	}

	@Bean
	MeterBinder statementsMeter() {
		return (registry) -> FunctionCounter.builder("relacta.jdbc.statements", PREPARED, LongAdder::sum)
			.description("SQL statements prepared by the app")
			.register(registry);
	}

	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(obtainTargetDataSource().getConnection(username, password));
		}

		private static Connection counting(Connection target) {
			InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				case "getTargetConnection" -> target;
				default -> {
					if (PREPARING.contains(method.getName())) {
						PREPARED.increment();
					}
					yield invoke(target, method, args);
				}
			};
			return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
					new Class<?>[] { ConnectionProxy.class }, handler);
		}

		private static Object invoke(Connection target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
