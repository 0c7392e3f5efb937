package app.relacta.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords an attacker tries first are refused with a reason the person can act on; a
 * sentence of one's own is welcome.
 */
class PasswordsTests {

	@ParameterizedTest
	@CsvSource({ "relacta-demo, password.common", "Relacta2026, password.common", "Relacta2026!, password.common",
			"P@ssw0rd2026, password.common", "iloveyou1234, password.common", "Sunshine 2026!, password.common",
			"qwertyuiop, password.common", "1234567890, password.common",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, password.repetitive",
			"abababababab, password.repetitive", "sam.lee@example.com, password.likeEmail",
			"samlee-is-the-best, password.likeEmail", "SAM.LEE 2026 forever, password.likeEmail" })
	void theFirstPasswordsAnAttackerTriesAreRefused(String password, String problem) {
		assertThat(Passwords.problem(password, "sam.lee@example.com")).contains(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a long enough password", "my baby likes the night feed", "correct horse battery staple",
			"Ñandú y café a las 3" })
	void aSentenceOfOnesOwnIsWelcome(String password) {
		assertThat(Passwords.problem(password, "sam.lee@example.com")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Relacta2026", "relacta-demo" })
	void theProductsNameWithAYearIsNoPassword(String password) {
		assertThat(Passwords.core(password.toLowerCase(java.util.Locale.ROOT))).startsWith("relacta");
	}

}
