package app.relacta.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script that posts forms without following the redirects leaves a flash message per
 * post waiting in its login session; only the newest few are kept, and a browser that
 * follows its redirect still gets its own.
 */
class FlashMapsKeptTests {

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final FlashMapManager manager = new WebConfiguration().flashMapManager();

	@Test
	void onlyTheNewestFlashMessagesWaitInTheSession() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/journal");
		for (int i = 0; i < 50; i++) {
			FlashMap saved = new FlashMap();
			saved.put("saved", i);
			saved.setTargetRequestPath("/journal");
			saved.addTargetRequestParam("until", "2026-11-" + (10 + i % 20));
			this.manager.saveOutputFlashMap(saved, post, new MockHttpServletResponse());
		}
		List<?> waiting = (List<?>) post.getSession().getAttribute(FLASH_MAPS);
		assertThat(waiting).hasSize(WebConfiguration.FLASH_MAPS_KEPT);
		assertThat(waiting).extracting((map) -> ((FlashMap) map).get("saved"))
			.containsExactly(42, 43, 44, 45, 46, 47, 48, 49);

		MockHttpServletRequest followed = new MockHttpServletRequest("GET", "/journal");
		followed.setSession(post.getSession());
		followed.setQueryString("until=2026-11-" + (10 + 49 % 20));
		FlashMap taken = this.manager.retrieveAndUpdate(followed, new MockHttpServletResponse());
		assertThat(taken != null).isTrue();
		assertThat(taken.get("saved")).isEqualTo(49);
	}

}
