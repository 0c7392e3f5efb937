package app.relacta.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds off password guessing: each failed login attempt (the login form, or a script
 * asking for an API token with the password) takes a token from the account's bucket (by
 * the email typed, whether or not it has an account, so the answer tells nothing) and
 * from the address's bucket (Bucket4j). A browser that has logged in to the account
 * before ({@link LoginDevices}) takes from a bucket of its own instead of the account's,
 * so that guesses from elsewhere, however many, never lock the owner out of their own
 * phone. With either empty the attempt is not checked at all, and the login page says to
 * wait a few minutes. The buckets live in the database ({@link JdbcLoginBuckets}), so
 * guesses spread over several instances behind a load balancer count as if there were
 * one; buckets untouched for a day are forgotten hourly. A bean of
 * {@link LoginThrottleConfiguration} (web slices without a database leave it out).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottle extends OncePerRequestFilter {

	/** Where a script trades its account's password for an API token. */
	static final String TOKENS = "/api/v1/tokens";

	/** Long enough for any window: a bucket untouched this long is full again. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final int perAccount;

	private final Duration accountWindow;

	private final int perAddress;

	private final Duration addressWindow;

	private final JdbcLoginBuckets buckets;

	private final LoginDevices devices;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, LoginDevices devices, int perAccount, Duration accountWindow,
			int perAddress, Duration addressWindow) {
		this.devices = devices;
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
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && ("/login".equals(path) || TOKENS.equals(path)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().endsWith(TOKENS);
		String email = api ? basicUsername(request) : request.getParameter("username");
		String account = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		Bucket address = bucket("address:" + request.getRemoteAddr(), this.perAddress, this.addressWindow);
		boolean addressAllowed = address.tryConsume(1);
		// A browser that logged in to this account before counts its tries on its own:
		// guesses from elsewhere never lock the owner out.
		String device = api ? null : this.devices.knownDevice(request, account);
		String accountKey = (device != null) ? "device:" + device : "account:" + account;
		Bucket accountBucket = bucket(accountKey, this.perAccount, this.accountWindow);
		boolean accountAllowed = accountBucket.tryConsume(1);
		if (!addressAllowed || !accountAllowed) {
			if (api) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.accountWindow.toSeconds()));
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
							+ "\"detail\":\"Too many tries. Please wait a few minutes and try again.\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?throttled");
			}
			return;
		}
		chain.doFilter(request, response);
		if (succeeded(response, api)) {
			// Only failed tries count: a script that asks for ten tokens, or a parent who
			// logs in on each of their devices, never locks anyone out.
			address.addTokens(1);
			accountBucket.addTokens(1);
		}
	}

	/**
	 * Whether the password was right: a token made (201), or the login form sent on to a
	 * page other than the login page.
	 */
	private static boolean succeeded(HttpServletResponse response, boolean api) {
		if (api) {
			return response.getStatus() == HttpStatus.CREATED.value();
		}
		String location = response.getHeader(HttpHeaders.LOCATION);
		return response.getStatus() == HttpStatus.FOUND.value() && location != null && !location.contains("/login");
	}

	/**
	 * The email of an HTTP Basic header, or null when there is none (or it is not
	 * readable).
	 */
	private static @Nullable String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : decoded;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Bucket bucket(String key, int capacity, Duration window) {
		return this.buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, window))
						.build());
	}

}
