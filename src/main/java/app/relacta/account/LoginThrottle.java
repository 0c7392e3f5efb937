package app.relacta.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Clock;
import java.util.Locale;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds off password guessing: each login attempt takes a token from the account's bucket
 * (by the email typed, whether or not it has an account, so the answer tells nothing) and
 * from the address's bucket (Bucket4j). With either empty the attempt is not checked at
 * all, and the login page says to wait a few minutes. The buckets live in the database
 * ({@link JdbcLoginBuckets}), so guesses spread over several instances behind a load
 * balancer count as if there were one; buckets untouched for a day are forgotten hourly.
 * A bean of {@link LoginThrottleConfiguration} (web slices without a database leave it
 * out).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottle extends OncePerRequestFilter {

	/** Long enough for any window: a bucket untouched this long is full again. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final int perAccount;

	private final Duration accountWindow;

	private final int perAddress;

	private final Duration addressWindow;

	private final JdbcLoginBuckets buckets;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, int perAccount, Duration accountWindow, int perAddress,
			Duration addressWindow) {
		this.perAccount = perAccount;
		this.accountWindow = accountWindow;
		this.perAddress = perAddress;
		this.addressWindow = addressWindow;
		this.buckets = new JdbcLoginBuckets(jdbc, clock);
	}

	@Scheduled(fixedDelayString = "${relacta.login.cleanup-interval:1h}",
			initialDelayString = "${relacta.login.cleanup-interval:1h}")
	void forgetOldBuckets() {
		this.buckets.forgetOlderThan(FORGET_AFTER);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("username");
		String account = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		boolean addressAllowed = bucket("address:" + request.getRemoteAddr(), this.perAddress, this.addressWindow)
			.tryConsume(1);
		boolean accountAllowed = bucket("account:" + account, this.perAccount, this.accountWindow).tryConsume(1);
		if (!addressAllowed || !accountAllowed) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket bucket(String key, int capacity, Duration window) {
		return this.buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, window))
						.build());
	}

}
