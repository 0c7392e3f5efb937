package app.relacta.system;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Flyway migration applies on the database the suite runs against (H2 by default,
 * PostgreSQL with -Ppostgres), and Hibernate's schema validation passes on the result
 * (the context would not start otherwise).
 */
@SpringBootTest
class MigrationTests {

	@Autowired
	private Flyway flyway;

	@Test
	void everyMigrationIsAppliedAndValid() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(all).allSatisfy((migration) -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(this.flyway.validateWithResult().validationSuccessful).isTrue();
	}

}
