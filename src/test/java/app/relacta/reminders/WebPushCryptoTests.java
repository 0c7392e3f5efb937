package app.relacta.reminders;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The encryption of push messages, byte for byte against the example in RFC 8291
 * (appendix A), and the quiet hours' edges.
 */
class WebPushCryptoTests {

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	@Test
	void encryptsTheRfcExampleToTheRfcsBytes() throws Exception {
		KeyPair sender = WebPushCrypto.keyPair(DECODER.decode("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw"), DECODER
			.decode("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"));
		byte[] body = WebPushCrypto.encrypt(
				"When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8),
				DECODER
					.decode("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
				DECODER.decode("BTBZMqHH6r4Tts7J_aSIgg"), sender, DECODER.decode("DGv6ra1nlYgDCS1FRnbzlw"));
		assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(body)).isEqualTo(
				"DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8"
						+ "wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
	}

	@Test
	void aMessageMustFitOneRecord() {
		KeyPair browser = WebPushCrypto.newKeyPair();
		byte[] key = WebPushCrypto.uncompressed((java.security.interfaces.ECPublicKey) browser.getPublic());
		assertThat(WebPushCrypto.encrypt(new byte[4079], key, new byte[16])).hasSize(86 + 4079 + 1 + 16);
		assertThatIllegalArgumentException().isThrownBy(() -> WebPushCrypto.encrypt(new byte[4080], key, new byte[16]));
	}

	@Test
	void quietHoursRunFromTheFirstTimeUpToTheSecondAcrossMidnight() {
		java.time.LocalTime ten = java.time.LocalTime.of(22, 0);
		java.time.LocalTime six = java.time.LocalTime.of(6, 0);
		assertThat(QuietHours.covers(ten, six, java.time.LocalTime.of(22, 0))).isTrue();
		assertThat(QuietHours.covers(ten, six, java.time.LocalTime.of(3, 0))).isTrue();
		assertThat(QuietHours.covers(ten, six, six)).isFalse();
		assertThat(QuietHours.covers(ten, six, java.time.LocalTime.NOON)).isFalse();
		assertThat(QuietHours.covers(six, ten, java.time.LocalTime.NOON)).isTrue();
		assertThat(QuietHours.covers(six, ten, java.time.LocalTime.of(23, 0))).isFalse();
		assertThat(QuietHours.covers(null, six, java.time.LocalTime.of(3, 0))).isFalse();
	}

}
