package app.relacta.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.relacta.plan.DayVolume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milestones stay put: the plateau (E4) is dated on the day it began, and keeps that date
 * as the days go by.
 */
class MilestoneTests {

	private static final LocalDate DAY_1 = LocalDate.parse("2026-11-02");

	@Test
	void thePlateauIsDatedWhenItBeganAndDoesNotMoveAsItLasts() {
		// The diary: rising to about 20 oz, then level: 18, 20, 18 and 19 oz from day 18;
		// the
		// level (about 19 oz) is reached on day 19, as E4 says.
		List<DayVolume> days = new ArrayList<>();
		int[] ml = { 0, 0, 0, 2, 15, 45, 95, 120, 148, 192, 251, 296, 333, 370, 407, 444, 473, 532, 591, 532, 562 };
		for (int i = 0; i < ml.length; i++) {
			days.add(new DayVolume(DAY_1.plusDays(i), 9, BigDecimal.valueOf(ml[i])));
		}
		assertThat(ProgressService.plateauStart(days.subList(0, 19))).as("still rising on day 19").isEmpty();
		assertThat(ProgressService.plateauStart(days)).contains(DAY_1.plusDays(18));
		List<LocalDate> dated = new ArrayList<>();
		for (int later = 0; later < 5; later++) {
			days.add(new DayVolume(DAY_1.plusDays(ml.length + later), 9, BigDecimal.valueOf(570)));
			dated.add(ProgressService.plateauStart(days).orElseThrow());
		}
		assertThat(dated).as("the same day, each day after").containsOnly(DAY_1.plusDays(18));
	}

	@Test
	void aPlateauThatEndsIsNoLongerShown() {
		List<DayVolume> days = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			days.add(new DayVolume(DAY_1.plusDays(i), 9, BigDecimal.valueOf(300)));
		}
		assertThat(ProgressService.plateauStart(days)).isPresent();
		days.add(new DayVolume(DAY_1.plusDays(14), 9, BigDecimal.valueOf(420)));
		assertThat(ProgressService.plateauStart(days)).isEmpty();
	}

}
