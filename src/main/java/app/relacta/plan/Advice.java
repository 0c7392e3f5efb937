package app.relacta.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import app.relacta.account.VolumeUnit;
import app.relacta.account.WeightUnit;

/**
 * One thing the plan or the review says, explained: the rule it comes from, and a message
 * (key and arguments in messages.properties) in the app's voice. Volumes among the
 * arguments are {@link Millilitres}, weights {@link Grams} and dates {@link LocalDate}s,
 * shown in the parent's units and language by {@link #argsIn}.
 */
public record Advice(Rule rule, String key, List<Object> args) {

	public Advice {
		args = List.copyOf(args);
	}

	static Advice of(Rule rule, String key, Object... args) {
		return new Advice(rule, key, List.of(args));
	}

	/** The arguments as an array, for the template's message lookup. */
	public Object[] argArray() {
		return this.args.toArray();
	}

	/**
	 * The arguments as the parent reads them: volumes in their unit ("270 mL", "9.13
	 * oz"), weights in theirs ("155 g", "5.5 oz"), lengths of time as "2 h 30 min" (by
	 * {@code durations}, the app's one formatter), dates as "Mon 23 Nov".
	 */
	public Object[] argsIn(VolumeUnit unit, WeightUnit weight, Locale locale, Function<Duration, String> durations) {
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		return this.args.stream().map((arg) -> {
			if (arg instanceof Millilitres ml) {
				return unit.format(ml.value()) + " " + unit.symbol();
			}
			if (arg instanceof Grams grams) {
				return weight.formatChange(grams.value());
			}
			if (arg instanceof Duration duration) {
				return durations.apply(duration);
			}
			if (arg instanceof LocalDate date) {
				return dates.format(date);
			}
			return arg;
		}).toArray();
	}

}
