package app.relacta.account;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weights in grams, read and typed the parent's way.
 */
class WeightUnitTests {

	@ParameterizedTest(name = "{0} g reads {1} (metric), {2} (imperial)")
	@CsvSource({ "4250, 4.25 kg, 9 lb 5.9 oz", "3500, 3.5 kg, 7 lb 11.5 oz", "7450, 7.45 kg, 16 lb 6.8 oz",
			"454, 0.454 kg, 1 lb 0 oz" })
	void aWeightReadsInTheParentsUnit(int grams, String metric, String imperial) {
		assertThat(WeightUnit.METRIC.format(grams)).isEqualTo(metric);
		assertThat(WeightUnit.IMPERIAL.format(grams)).isEqualTo(imperial);
	}

	@Test
	void aGainReadsInGramsOrOunces() {
		assertThat(WeightUnit.METRIC.formatChange(155)).isEqualTo("155 g");
		assertThat(WeightUnit.IMPERIAL.formatChange(155)).isEqualTo("5.5 oz");
	}

	@ParameterizedTest(name = "metric {0} is {1} g")
	@CsvSource({ "4.25, 4250", "4250, 4250", "0.9, 900", "30, 30000", "500, 500" })
	void aMetricWeightIsTypedInKilogramsOrGrams(String typed, int grams) {
		assertThat(WeightUnit.gramsFromMetric(new BigDecimal(typed))).contains(grams);
	}

	@ParameterizedTest(name = "metric {0} cannot be told")
	@CsvSource({ "42", "0", "499", "1e10" })
	void aMetricWeightThatCouldBeEitherIsRefused(String typed) {
		assertThat(WeightUnit.gramsFromMetric(new BigDecimal(typed))).isEmpty();
	}

	@Test
	void poundsAndOuncesRoundTrip() {
		assertThat(WeightUnit.gramsFromImperial(9, new BigDecimal("6.9"))).isEqualTo(4278);
		BigDecimal[] back = WeightUnit.poundsAndOunces(4278);
		assertThat(back[0]).isEqualByComparingTo("9");
		assertThat(back[1]).isEqualByComparingTo("6.9");
	}

}
