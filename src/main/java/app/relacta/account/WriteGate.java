package app.relacta.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.relacta.system.TooManyWrites;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One account's writes go through a narrow gate: at most
 * {@code relacta.writes.per-account} at once on an instance (2 by default), the others
 * waiting their turn in memory, holding no database connection, for up to
 * {@code relacta.writes.wait} (5 s). A burst of one account's posts (a script, a
 * double-tapping phone, a flaky network resending) thus queues behind its own writes,
 * which wait on the account's row lock one at a time, instead of taking every connection
 * of the pool from everyone else. Past the wait the answer is 429 with
 * {@code Retry-After}: nothing was saved, which the page says.
 */
@Configuration(proxyBeanMethods = false)
class WriteGate implements HandlerInterceptor, WebMvcConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(WriteGate.class);

	private static final String HELD = WriteGate.class.getName() + ".held";

	private final int perAccount;

	private final Duration wait;

	private final Map<Long, Gate> gates = new ConcurrentHashMap<>();

	WriteGate(@Value("${relacta.writes.per-account:2}") int perAccount,
			@Value("${relacta.writes.wait:5s}") Duration wait) {
		this.perAccount = perAccount;
		this.wait = wait;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		Long account = writer(request);
		if (account == null) {
			return true;
		}
		Gate gate = enter(account);
		if (gate.permits.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
			request.setAttribute(HELD, account);
			return true;
		}
		leave(account, gate);
		logger.warn("Account {}: more than {} writes at once for {}; {} answered 429", account, this.perAccount,
				this.wait, request.getRequestURI());
		throw new TooManyWrites();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (request.getAttribute(HELD) instanceof Long account) {
			request.removeAttribute(HELD);
			Gate gate = this.gates.get(account);
			if (gate != null) {
				gate.permits.release();
				leave(account, gate);
			}
		}
	}

	/** The signed-in account of a write (anything but GET, HEAD, OPTIONS), else null. */
	private static @Nullable Long writer(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user.accountId()
				: null;
	}

	private Gate enter(long account) {
		return this.gates.compute(account, (key, gate) -> {
			Gate current = (gate != null) ? gate : new Gate(this.perAccount);
			current.users++;
			return current;
		});
	}

	private void leave(long account, Gate left) {
		this.gates.computeIfPresent(account, (key, gate) -> {
			if (gate != left) {
				return gate;
			}
			gate.users--;
			return (gate.users == 0) ? null : gate;
		});
	}

	/** An account's permits, and how many requests hold or wait for one. */
	private static final class Gate {

		private final Semaphore permits;

		private int users;

		Gate(int permits) {
			this.permits = new Semaphore(permits, true);
		}

	}

}
