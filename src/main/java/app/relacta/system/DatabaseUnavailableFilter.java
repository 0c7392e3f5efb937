package app.relacta.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database cannot be reached (stopped, restarting, the network between), every
 * page answers at once (the pool waits at most 2 s for a connection) with 503 and a plain
 * page: we can't reach your data right now, nothing you typed was saved, try again. It is
 * the outermost filter, so it also covers the login sessions, which live in the database;
 * the page is written here, needing neither a session nor the database (for the API, a
 * 503 problem in JSON). When the database is back, the next request simply works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	private final ObjectProvider<DataSource> dataSource;

	DatabaseUnavailableFilter(MessageSource messages, ObjectProvider<DataSource> dataSource) {
		this.messages = messages;
		this.dataSource = dataSource;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			if (WriteAcknowledgement.committed(request) && touchesDatabase(ex)) {
				// The change is stored: whatever failed after it must not say otherwise.
				logger.warn("{}: saved, then the answer failed ({})", request.getRequestURI(),
						root(ex).getClass().getSimpleName());
				answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.savedUnshown");
				return;
			}
			if (busy(ex)) {
				// Never the exception's message: a lock conflict's names the row it
				// waited
				// for, all its values included.
				logger.warn("{}: waited too long behind its own account's earlier writes ({}); answered 429",
						request.getRequestURI(), root(ex).getClass().getSimpleName());
				answer(request, response, 429, "error.busy");
				return;
			}
			if (!(unreachable(ex) || (touchesDatabase(ex) && !databaseAnswers()))) {
				throw ex;
			}
			logger.warn("The database cannot be reached: {} answered 503 ({})", request.getRequestURI(),
					rootMessage(ex));
			answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
		}
	}

	/**
	 * Whether the request waited past the lock or statement timeout: its transaction was
	 * rolled back, so nothing of it was saved.
	 */
	static boolean busy(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof TooManyWrites) {
				return true;
			}
		}
		return LockWaits.timedOut(failure);
	}

	/**
	 * Whether the failure is the database out of reach, not a bug: a connection that
	 * could not be had or a transaction that could not begin.
	 */
	static boolean unreachable(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// A connection exception (class 08), or the server shutting down (57P).
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether a failure came from the database at all (a rollback that failed on a lost
	 * connection hides the first cause): then the database is asked whether it answers.
	 */
	static boolean touchesDatabase(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof SQLException
					|| cause instanceof PersistenceException
					|| cause.getClass().getName().startsWith("org.hibernate.")) {
				return true;
			}
		}
		return false;
	}

	private boolean databaseAnswers() {
		DataSource source = this.dataSource.getIfAvailable();
		if (source == null) {
			return true;
		}
		try (Connection connection = source.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The page (or, for the API, the problem) of {@code kind}: its title and text from
	 * {@code kind.title} and {@code kind.text}, and for a form that was not saved, the
	 * same form again to send.
	 */
	private void answer(HttpServletRequest request, HttpServletResponse response, int status, String kind)
			throws IOException {
		Locale locale = request.getLocale();
		boolean saved = kind.equals("error.savedUnshown");
		response.resetBuffer();
		response.setStatus(status);
		response.setHeader("Retry-After", (status == 429) ? "2" : "10");
		response.setHeader("Cache-Control", "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// The API answers in its own form, an RFC 9457 problem.
			String detail = saved ? "api.savedUnshown" : (status == 429) ? "writes.busy" : "api.unavailable";
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getWriter()
				.print("{\"type\":\"about:blank\",\"title\":\""
						+ ((status == 429) ? "Too Many Requests" : "Service Unavailable") + "\",\"status\":" + status
						+ ",\"saved\":" + saved + ",\"detail\":\""
						+ this.messages.getMessage(detail, null, locale).replace("\"", "'") + "\"}");
			response.getWriter().flush();
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		String title = text(kind + ".title", locale);
		String context = request.getContextPath();
		PrintWriter out = response.getWriter();
		out.print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>" + title
				+ "</title><link rel=\"stylesheet\" href=\"" + context
				+ "/webjars/picocss__pico/css/pico.violet.min.css\"><link rel=\"stylesheet\" href=\"" + context
				+ "/assets/css/relacta.css\"></head><body><main class=\"container\"><section class=\"narrow\">" + "<h1>"
				+ title + "</h1><p id=\"" + (saved ? "saved" : (status == 429) ? "busy" : "unavailable") + "\">"
				+ text(kind + ".text", locale) + "</p>"
				+ (saved ? "" : "<p>" + text("error.unavailable.back", locale) + "</p>" + sendAgain(request, locale))
				+ "<a role=\"button\" href=\"" + context + "/\">"
				+ text(saved ? "error.savedUnshown.next" : "error.unavailable.retry", locale)
				+ "</a></section></main></body></html>");
		out.flush();
	}

	/**
	 * For a form that could not be saved, the same form again, its values kept in hidden
	 * fields (escaped) behind one "Send it again" button: nothing typed at 3 AM is lost
	 * to an outage. Never for a form with a password in it, which is not written into a
	 * page.
	 */
	private String sendAgain(HttpServletRequest request, Locale locale) {
		Map<String, String[]> fields = request.getParameterMap();
		if (!"POST".equals(request.getMethod()) || fields.isEmpty()
				|| fields.keySet().stream().anyMatch((name) -> name.toLowerCase(Locale.ROOT).contains("password"))) {
			return "";
		}
		StringBuilder form = new StringBuilder("<form method=\"post\" id=\"send-again\" action=\"")
			.append(HtmlUtils.htmlEscape(request.getRequestURI()))
			.append("\">");
		fields.forEach((name, values) -> {
			for (String value : values) {
				form.append("<input type=\"hidden\" name=\"")
					.append(HtmlUtils.htmlEscape(name))
					.append("\" value=\"")
					.append(HtmlUtils.htmlEscape(value))
					.append("\">");
			}
		});
		return form.append("<p>")
			.append(text("error.unavailable.kept", locale))
			.append("</p><button type=\"submit\">")
			.append(text("error.unavailable.send-again", locale))
			.append("</button></form>")
			.toString();
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, key, locale));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = root(failure);
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
