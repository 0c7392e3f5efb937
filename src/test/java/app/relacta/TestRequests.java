package app.relacta;

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
	 * Logs a session (20 minutes with a double pump unless the fields say otherwise) and
	 * returns its id.
	 */
	public static long logSession(MockMvcTester mvc, SignedInUser who, String start, String... fields) {
		String[] all = new String[fields.length + 6];
		System.arraycopy(new String[] { "startedAt", start, "durationMinutes", "20", "method", "DOUBLE_PUMP" }, 0, all,
				0, 6);
		System.arraycopy(fields, 0, all, 6, fields.length);
		MvcTestResult result = post(mvc, who, "/journal", all);
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.indexOf("#session-") + "#session-".length()));
	}

}
