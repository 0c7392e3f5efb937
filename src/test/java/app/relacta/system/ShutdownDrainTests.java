package app.relacta.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A stop first says "not ready" and keeps serving for the drain before anything else
 * stops; with no drain configured it stands aside.
 */
class ShutdownDrainTests {

	@Test
	void aStopSaysNotReadyThenWaitsTheDrainBeforeTheWebServerStops() {
		ApplicationContext context = mock(ApplicationContext.class);
		ShutdownDrain drain = new ShutdownDrain(context, Duration.ofMillis(200));
		drain.start();
		assertThat(drain.getPhase()).as("stops before the web server's graceful shutdown").isEqualTo(Integer.MAX_VALUE);
		long started = System.nanoTime();
		drain.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		ArgumentCaptor<ApplicationEvent> event = ArgumentCaptor.forClass(ApplicationEvent.class);
		verify(context).publishEvent(event.capture());
		assertThat(((AvailabilityChangeEvent<?>) event.getValue()).getState())
			.isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		assertThat(drain.isRunning()).isFalse();
	}

	@Test
	void withoutADrainAStopDoesNothingOfItsOwn() {
		ApplicationContext context = mock(ApplicationContext.class);
		ShutdownDrain drain = new ShutdownDrain(context, Duration.ZERO);
		drain.start();
		drain.stop();
		verify(context, never()).publishEvent(org.mockito.ArgumentMatchers.any(ApplicationEvent.class));
	}

}
