package app.relacta.account;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeUnitTests {

	@ParameterizedTest(name = "{1} {0} is stored as {2} mL")
	@CsvSource({ "ML, 15, 15.00", "ML, 2.5, 2.50", "OZ, 1, 29.57", "OZ, 4, 118.29", "OZ, 12.5, 369.67",
			"OZ, 20, 591.47", "ML, 0, 0.00" })
	void typedVolumesAreStoredInMillilitres(VolumeUnit unit, String typed, String storedMl) {
		assertThat(unit.toMillilitres(new BigDecimal(typed))).isEqualByComparingTo(storedMl);
	}

	@ParameterizedTest(name = "{1} mL shows as {2} in {0}")
	@CsvSource({ "ML, 15.00, 15", "ML, 2.50, 2.5", "ML, 120.00, 120", "ML, 17.55, 17.6", "OZ, 29.57, 1",
			"OZ, 118.29, 4", "OZ, 369.67, 12.5", "OZ, 2.00, 0.07", "OZ, 0, 0" })
	void storedVolumesShowInTheParentsUnit(VolumeUnit unit, String storedMl, String shown) {
		assertThat(unit.format(new BigDecimal(storedMl))).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{1} {0} survives a save and an edit")
	@CsvSource({ "OZ, 0.5", "OZ, 1", "OZ, 3.25", "OZ, 16", "ML, 0.5", "ML, 250" })
	void aTypedVolumeReadsBackAsTyped(VolumeUnit unit, String typed) {
		BigDecimal stored = unit.toMillilitres(new BigDecimal(typed));
		assertThat(unit.fromMillilitres(stored)).isEqualByComparingTo(typed);
	}

}
