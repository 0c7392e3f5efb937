package app.relacta.account;

import java.time.Clock;
import java.time.Duration;

import app.relacta.system.ServerSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login throttle, whose buckets live in the database: declared here rather than found
 * as a component, so that a web slice test, which has no database, goes without it.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

	@Bean
	LoginDevices loginDevices(ServerSecrets secrets, Clock clock) {
		return new LoginDevices(secrets, clock);
	}

	@Bean
	LoginThrottle loginThrottle(JdbcTemplate jdbc, Clock clock, LoginDevices devices,
			@Value("${relacta.login.attempts-per-account:10}") int perAccount,
			@Value("${relacta.login.account-window:15m}") Duration accountWindow,
			@Value("${relacta.login.attempts-per-address:50}") int perAddress,
			@Value("${relacta.login.address-window:10m}") Duration addressWindow) {
		return new LoginThrottle(jdbc, clock, devices, perAccount, accountWindow, perAddress, addressWindow);
	}

}
