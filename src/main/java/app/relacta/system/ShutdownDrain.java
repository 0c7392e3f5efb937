package app.relacta.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stop (SIGTERM) does: say "not ready"
 * ({@code /actuator/health/readiness} answers 503), then keep serving for
 * {@code relacta.shutdown.drain} while a load balancer that checks readiness stops
 * sending new requests here. Only then does the web server stop accepting and let the
 * requests in flight finish. Without the pause, a request already on its way when the
 * listening socket closes would be reset, and a balancer does not retry a POST. Off (0)
 * by default: one instance alone has nobody to hand over to.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationContext context;

	private final Duration drain;

	private volatile boolean running;

	ShutdownDrain(ApplicationContext context, @Value("${relacta.shutdown.drain:0s}") Duration drain) {
		this.context = context;
		this.drain = drain;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.drain.isZero() || this.drain.isNegative()) {
			return;
		}
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		logger.info("Not ready: serving {} more while the load balancer moves requests elsewhere", this.drain);
		try {
			Thread.sleep(this.drain.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stopped before everything else, the web server included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
