package app.relacta.journal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A logged moment as a page shows it, at the local time it happened.
 */
public record MomentView(long id, MomentKind kind, LocalDate date, LocalTime time) {

	static MomentView of(CareMoment moment) {
		return new MomentView(moment.getId(), moment.getKind(), moment.getLocalDate(),
				LocalTime.ofInstant(moment.getOccurredAt(), moment.getZone()));
	}

}
