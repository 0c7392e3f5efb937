package app.relacta.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash stored for invitation codes and throttle keys is standard SHA-256 in hex, so
 * codes made before it moved here still match.
 */
class Sha256Tests {

	@Test
	void theStandardDigestInLowerCaseHex() {
		assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
