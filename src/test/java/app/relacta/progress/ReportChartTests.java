package app.relacta.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.relacta.account.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's chart (issue 27): a round scale, today lighter and out of the average, the
 * average of whole days and the goal where the progress page draws them.
 */
class ReportChartTests {

	@ParameterizedTest
	@CsvSource({ "1, 1", "0.7, 0.8", "585, 600", "591, 600", "600, 600", "601, 800", "1250, 1500", "19.8, 20",
			"31, 40" })
	void theScaleIsTheNextRoundNumber(double value, double scale) {
		assertThat(ProgressReports.roundUp(value)).isEqualTo(scale);
	}

	@Test
	void todayIsLighterAndTheAverageAndGoalAreDrawnAtTheirHeights() {
		LocalDate today = LocalDate.parse("2026-11-10");
		List<ProgressDay> days = new ArrayList<>();
		// Newest first, as the page lists them: today 100 mL so far, then 300 mL days.
		for (int back = 0; back < 8; back++) {
			double ml = (back == 0) ? 100 : 300;
			days.add(new ProgressDay(
					new DailyProgress(today.minusDays(back), 10 - back, 8, ml, 0, 1, 180, true, 300, back > 0), "",
					Duration.ZERO, null));
		}
		ProgressPage page = new ProgressPage("report", today.minusDays(7), today, VolumeUnit.ML, days, List.of(),
				new BigDecimal("500"), false);

		ProgressReport.Chart chart = ProgressReports.chart(page);
		assertThat(chart.top()).isEqualTo("500 mL");
		assertThat(chart.middle()).isEqualTo("250 mL");
		assertThat(chart.goalHeight()).isEqualTo(100);
		assertThat(chart.goal()).isEqualTo("500 mL");
		assertThat(chart.average()).isEqualTo("300 mL");
		assertThat(chart.hasSoFar()).isTrue();
		assertThat(chart.bars()).hasSize(8);
		assertThat(chart.bars().get(0).date()).isEqualTo(today.minusDays(7));
		assertThat(chart.bars().get(0).height()).isEqualTo(60);
		assertThat(chart.bars().get(0).averageHeight()).isEqualTo(60);
		ProgressReport.Bar last = chart.bars().get(7);
		assertThat(last.date()).isEqualTo(today);
		assertThat(last.complete()).isFalse();
		assertThat(last.height()).isEqualTo(20);
	}

}
