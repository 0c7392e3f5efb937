package app.relacta.reminders;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for web push (RFC 8291, with the aes128gcm content coding of RFC
 * 8188) and the P-256 keys it and VAPID use, with the JDK's own crypto: an ECDH secret
 * with the browser's key, mixed with its auth secret through HKDF-SHA-256, then AES-GCM
 * over the message in a single record. Checked against the RFC's own example.
 */
final class WebPushCrypto {

	/** The record size written in the header; one record holds any reminder. */
	static final int RECORD_SIZE = 4096;

	private static final int TAG_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebPushCrypto() {
	}

	/** Encrypts for a browser with a fresh key pair and salt, as every message must. */
	static byte[] encrypt(byte[] plaintext, byte[] browserKey, byte[] authSecret) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return encrypt(plaintext, browserKey, authSecret, newKeyPair(), salt);
	}

	/**
	 * The body of a push message: salt, record size, the sender's public key, then the
	 * ciphertext of the padded message.
	 */
	static byte[] encrypt(byte[] plaintext, byte[] browserKey, byte[] authSecret, KeyPair sender, byte[] salt) {
		if (plaintext.length + 1 + TAG_BYTES > RECORD_SIZE) {
			throw new IllegalArgumentException("A push message holds at most " + (RECORD_SIZE - 17) + " bytes");
		}
		try {
			byte[] senderKey = uncompressed((ECPublicKey) sender.getPublic());
			Keys keys = keys(browserKey, authSecret, senderKey, salt, sharedSecret(sender, publicKey(browserKey)));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.content(), "AES"),
					new GCMParameterSpec(TAG_BYTES * 8, keys.nonce()));
			byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
			padded[plaintext.length] = 2; // the last (and only) record
			byte[] ciphertext = cipher.doFinal(padded);
			return ByteBuffer.allocate(16 + 4 + 1 + senderKey.length + ciphertext.length)
				.put(salt)
				.putInt(RECORD_SIZE)
				.put((byte) senderKey.length)
				.put(senderKey)
				.put(ciphertext)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK could not encrypt a push message", ex);
		}
	}

	/**
	 * The content key and nonce both sides derive (RFC 8291 section 3.4, RFC 8188 section
	 * 2.2). Also what a test's push service uses to read a message.
	 */
	static Keys keys(byte[] browserKey, byte[] authSecret, byte[] senderKey, byte[] salt, byte[] sharedSecret)
			throws GeneralSecurityException {
		byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserKey, senderKey);
		byte[] ikm = expand(hmac(authSecret, sharedSecret), keyInfo, 32);
		byte[] prk = hmac(salt, ikm);
		return new Keys(expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16),
				expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12));
	}

	record Keys(byte[] content, byte[] nonce) {
	}

	static byte[] sharedSecret(KeyPair own, ECPublicKey other) throws GeneralSecurityException {
		KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
		agreement.init(own.getPrivate());
		agreement.doPhase(other, true);
		return agreement.generateSecret();
	}

	/** HKDF-Expand for one block (enough for every length used here). */
	private static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
		return Arrays.copyOf(hmac(prk, concat(info, new byte[] { 1 })), length);
	}

	private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	private static byte[] concat(byte[]... parts) {
		ByteBuffer buffer = ByteBuffer.allocate(Arrays.stream(parts).mapToInt((part) -> part.length).sum());
		Arrays.stream(parts).forEach(buffer::put);
		return buffer.array();
	}

	static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no P-256 keys", ex);
		}
	}

	/** A key as browsers give and take it: 0x04, then x and y in 32 bytes each. */
	static byte[] uncompressed(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 4;
		unsigned(key.getW().getAffineX(), point, 1);
		unsigned(key.getW().getAffineY(), point, 33);
		return point;
	}

	/** The 32 bytes of a private key's scalar. */
	static byte[] scalar(ECPrivateKey key) {
		byte[] scalar = new byte[32];
		unsigned(key.getS(), scalar, 0);
		return scalar;
	}

	private static void unsigned(BigInteger value, byte[] into, int at) {
		byte[] bytes = value.toByteArray();
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
	}

	/**
	 * A browser's public key from its 65 bytes.
	 * @throws GeneralSecurityException if they are not a point on P-256
	 */
	static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
		if (uncompressed.length != 65 || uncompressed[0] != 4) {
			throw new GeneralSecurityException("Not an uncompressed P-256 point");
		}
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, p256()));
	}

	/** A key pair from a private scalar and its public point, as kept in the database. */
	static KeyPair keyPair(byte[] scalar, byte[] uncompressed) throws GeneralSecurityException {
		ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
			.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), p256()));
		return new KeyPair(publicKey(uncompressed), privateKey);
	}

	private static ECParameterSpec p256() throws GeneralSecurityException {
		AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
		parameters.init(new ECGenParameterSpec("secp256r1"));
		return parameters.getParameterSpec(ECParameterSpec.class);
	}

}
