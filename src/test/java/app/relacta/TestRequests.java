package app.relacta;

import java.util.ArrayList;
import java.util.List;

import app.relacta.account.SignedInUser;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Form posts as a signed-in person, for the whole-application tests.
 */
public final class TestRequests {

	private TestRequests() {
	}

	/**
	 * Posts a form (name, value, name, value...) with its CSRF token.
	 */
	public static MvcTestResult post(MockMvcTester mvc, SignedInUser who, String uri, String... fields) {
		var request = mvc.post().uri(uri).with(user(who)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	/**
	 * Logs a session (20 minutes with a double pump unless the fields say otherwise: a
	 * field given replaces its default, never adds a second value) and returns its id.
	 */
	public static long logSession(MockMvcTester mvc, SignedInUser who, String start, String... fields) {
		List<String> all = new ArrayList<>();
		String[] defaults = { "startedAt", start, "durationMinutes", "20", "method", "DOUBLE_PUMP" };
		List<String> given = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			given.add(fields[i]);
		}
		for (int i = 0; i < defaults.length; i += 2) {
			if (!given.contains(defaults[i])) {
				all.add(defaults[i]);
				all.add(defaults[i + 1]);
			}
		}
		all.addAll(List.of(fields));
		MvcTestResult result = post(mvc, who, "/journal", all.toArray(String[]::new));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.indexOf("#session-") + "#session-".length()));
	}

}
