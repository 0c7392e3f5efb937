package app.relacta.system;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds off password guessing: each login attempt takes a token from the account's bucket
 * (by the email typed, whether or not it has an account, so the answer tells nothing) and
 * from the address's bucket (Bucket4j). With either empty the attempt is not checked at
 * all, and the login page says to wait a few minutes. The buckets live in this process (a
 * bounded map); issue 12 moves them where several instances share them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottle extends OncePerRequestFilter {

	/** The most accounts and addresses remembered at once; the oldest are forgotten. */
	static final int REMEMBERED = 10_000;

	private final int perAccount;

	private final Duration accountWindow;

	private final int perAddress;

	private final Duration addressWindow;

	private final Map<String, Bucket> accounts = lru();

	private final Map<String, Bucket> addresses = lru();

	LoginThrottle(@Value("${relacta.login.attempts-per-account:10}") int perAccount,
			@Value("${relacta.login.account-window:15m}") Duration accountWindow,
			@Value("${relacta.login.attempts-per-address:50}") int perAddress,
			@Value("${relacta.login.address-window:10m}") Duration addressWindow) {
		this.perAccount = perAccount;
		this.accountWindow = accountWindow;
		this.perAddress = perAddress;
		this.addressWindow = addressWindow;
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
		boolean addressAllowed = bucket(this.addresses, request.getRemoteAddr(), this.perAddress, this.addressWindow)
			.tryConsume(1);
		boolean accountAllowed = bucket(this.accounts, account, this.perAccount, this.accountWindow).tryConsume(1);
		if (!addressAllowed || !accountAllowed) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity, Duration window) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key,
					(k) -> Bucket.builder()
						.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, window))
						.build());
		}
	}

	private static Map<String, Bucket> lru() {
		return new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > REMEMBERED;
			}

		};
	}

}
