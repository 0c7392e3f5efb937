package app.relacta.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one login session at once (a double tap on Save, two tabs) that both
 * add the same attribute, as a redirect's flash message does: both are saved, on H2 and
 * on PostgreSQL, instead of the second failing with a duplicate key (seen by
 * bench/cluster.sh as 500s before the upsert).
 */
@SpringBootTest
class SessionAttributeRaceTests {

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeBothSave() {
		race(this.sessions);
	}

	private static <S extends Session> void race(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		created.setAttribute("signedIn", "parent");
		sessions.save(created);
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());
		first.setAttribute("flash", "Saved at 03:10");
		second.setAttribute("flash", "Saved at 03:11");
		sessions.save(first);
		sessions.save(second);
		S after = sessions.findById(created.getId());
		assertThat(after.<String>getAttribute("flash")).isEqualTo("Saved at 03:11");
		assertThat(after.<String>getAttribute("signedIn")).isEqualTo("parent");
		sessions.deleteById(created.getId());
	}

}
