package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One row of a consultant's client list.
 *
 * @param sinceLastSession the time since the latest session started, or null if none
 * @param volume24 the last 24 hours' milk, in the client's unit, as text
 * @param flags why the client may need attention, most serious first
 * @param newAnswers answers the client wrote in the journal since the consultant last
 * read it
 */
public record ClientStatus(long id, String name, @Nullable Duration sinceLastSession, int sessions24, int target,
		String volume24, String unit, BigDecimal ml24, Trend trend, int dayNumber, List<Flag> flags, long newAnswers) {

	/**
	 * The same client, with how many answers they wrote in the journal since the
	 * consultant last read it.
	 */
	ClientStatus withNewAnswers(long count) {
		return new ClientStatus(this.id, this.name, this.sinceLastSession, this.sessions24, this.target, this.volume24,
				this.unit, this.ml24, this.trend, this.dayNumber, this.flags, count);
	}

	/** How much attention the flags ask for: the sum of their weights. */
	public int score() {
		// A loop, not a stream: sorting a thousand clients asks for it some 20,000 times.
		int score = 0;
		for (Flag flag : this.flags) {
			score += flag.attention().weight();
		}
		return score;
	}

	/**
	 * A reason for attention, with its figure if it has one: a length of time (a gap), or
	 * a number as text (a percentage, nights); empty otherwise.
	 */
	public record Flag(Attention attention, Object figure) {

		/** The figure as read, a length of time in words by {@code durations}. */
		public String figureIn(Function<Duration, String> durations) {
			return (this.figure instanceof Duration duration) ? durations.apply(duration) : this.figure.toString();
		}

	}

}
