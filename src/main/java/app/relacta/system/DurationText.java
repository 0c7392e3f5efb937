package app.relacta.system;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place a length of time becomes words, from messages ({@code duration.*}): "35
 * min", "4 h", "2 h 30 min", in whole minutes. Templates use it as {@code @durations}; an
 * advice's durations are read through it too ({@code Advice.argsIn}).
 */
@Component("durations")
public class DurationText implements Function<Duration, String> {

	private final MessageSource messages;

	DurationText(MessageSource messages) {
		this.messages = messages;
	}

	/** In the language of the request being answered. */
	@Override
	public String apply(Duration duration) {
		return format(duration, LocaleContextHolder.getLocale());
	}

	public String format(Duration duration, Locale locale) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return this.messages.getMessage("duration.minutes", new Object[] { minutes }, locale);
		}
		return (minutes == 0) ? this.messages.getMessage("duration.hours", new Object[] { hours }, locale)
				: this.messages.getMessage("duration.hoursMinutes", new Object[] { hours, minutes }, locale);
	}

}
