package app.relacta.system;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecimalInputFormatterTests {

	private final DecimalInputFormatter formatter = new DecimalInputFormatter();

	@ParameterizedTest(name = "\"{0}\" reads as {1}")
	@CsvSource(delimiter = '|', value = { "15|15", "2.5|2.5", "2,5|2.5", "' 12 '|12", ".5|0.5", "-3|-3", "0|0" })
	void readsWhatPeopleType(String typed, String expected) throws ParseException {
		assertThat(this.formatter.parse(typed, Locale.ENGLISH)).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is not a number")
	@ValueSource(strings = { "abc", "12 ml", "1.2.3", "1,000.5", "1e3", "NaN", "--1", "12345678901234" })
	void refusesAnythingElse(String typed) {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.formatter.parse(typed, Locale.ENGLISH));
	}

}
