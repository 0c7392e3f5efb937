package app.relacta.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What the plan rules' tests share: a parent in London from 2 November 2026, and sessions
 * and days written the way the tables read.
 */
final class PlanFixtures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final LocalDate DAY_1 = LocalDate.parse("2026-11-02");

	static final PlanSettings DEFAULTS = PlanSettings.defaults(DAY_1);

	static PlanSettings settings(int target, String nightStart, String nightEnd, boolean fastTrack) {
		return new PlanSettings(LactationPath.RELACTATION, null, DAY_1, null, false, null, SupplementKind.NONE,
				Goal.FULL_SUPPLY, null, LocalTime.parse(nightStart), LocalTime.parse(nightEnd), target, fastTrack, 1);
	}

	static Instant at(String localLondon) {
		return ZonedDateTime.of(LocalDateTime.parse(localLondon), LONDON).toInstant();
	}

	static SessionFact session(String localLondon) {
		return session(localLondon, false, false);
	}

	static SessionFact session(String local, ZoneId zone) {
		return new SessionFact(ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant(), 20, null, false, false,
				false, false);
	}

	static SessionFact session(String localLondon, boolean massage, boolean handExpression) {
		return new SessionFact(at(localLondon), 20, null, false, false, handExpression, massage);
	}

	static SessionFact drops(String localLondon) {
		return new SessionFact(at(localLondon), 20, null, true, false, false, false);
	}

	static SessionFact powerPump(String localLondon) {
		return new SessionFact(at(localLondon), 60, null, false, true, false, false);
	}

	static SessionFact withMl(String localLondon, String ml) {
		return new SessionFact(at(localLondon), 20, new BigDecimal(ml), false, false, false, false);
	}

	static DayVolume volume(String date, String ml) {
		return new DayVolume(LocalDate.parse(date), 10, new BigDecimal(ml));
	}

	private PlanFixtures() {
	}

}
