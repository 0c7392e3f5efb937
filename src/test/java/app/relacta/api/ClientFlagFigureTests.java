package app.relacta.api;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's flag carries its figure as a number (issue 28): minutes for a gap, the
 * percentage or count otherwise, null for a flag without one.
 */
class ClientFlagFigureTests {

	@Test
	void figuresAreNumbers() {
		assertThat(ClientsApi.figure(Duration.ofMinutes(340))).isEqualTo(340L);
		assertThat(ClientsApi.figure("25")).isEqualTo(25L);
		assertThat(ClientsApi.figure("3")).isEqualTo(3L);
		assertThat(ClientsApi.figure("")).isNull();
	}

}
