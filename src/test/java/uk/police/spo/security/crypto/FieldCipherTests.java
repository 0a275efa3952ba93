package uk.police.spo.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored format, keys and failures of AES-256-GCM field encryption, and the JPA converter around it. */
class FieldCipherTests {

	static final String K1 = "k1:" + Base64.getEncoder().encodeToString("first-test-key-32-bytes-long-!!!".getBytes());

	static final String K2 = "k2:" + Base64.getEncoder().encodeToString("second-test-key-32-bytes-long-!!".getBytes());

	static final String SECRET = "Flat 2, 17 Hidden Lane, Hitchin SG4 0AA";

	static FieldCipher cipher(String keys, String current) {
		return new FieldCipher(DataKeyRing.parse(keys, current, "SPO_DATA_KEYS", "SPO_DATA_KEY_CURRENT"));
	}

	final FieldCipher k1 = cipher(K1, "k1");

	@Test
	void aValueSurvivesTheRoundTripAndIsStoredInTheVersionedFormat() {
		String stored = k1.encrypt(SECRET);

		assertThat(stored).startsWith("v1:k1:").doesNotContain(SECRET).doesNotContain("Hidden");
		byte[] payload = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
		assertThat(payload).hasSize(12 + SECRET.getBytes().length + 16);
		assertThat(k1.decrypt(stored)).isEqualTo(SECRET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "07700 900123", "Siân Ó Dálaigh, Ffordd y Môr", "😀 emoji and 日本語", "\u0000nul",
			"line\nbreak" })
	void anyTextSurvivesTheRoundTrip(String text) {
		assertThat(k1.decrypt(k1.encrypt(text))).isEqualTo(text);
	}

	@Test
	void twoEncryptionsOfTheSameValueDiffer() {
		Set<String> stored = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			stored.add(k1.encrypt(SECRET));
		}
		assertThat(stored).hasSize(100);
		Set<String> ivs = new HashSet<>();
		stored.forEach(s -> ivs.add(Base64.getEncoder()
			.encodeToString(Arrays.copyOf(Base64.getDecoder().decode(s.substring(6)), 12))));
		assertThat(ivs).hasSize(100);
	}

	@Test
	void changingAnyOneByteOfTheIvCiphertextOrTagFails() {
		String stored = k1.encrypt(SECRET);
		byte[] payload = Base64.getDecoder().decode(stored.substring(6));
		for (int i = 0; i < payload.length; i++) {
			byte[] altered = payload.clone();
			altered[i] ^= 0x01;
			String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(altered);
			assertThatThrownBy(() -> k1.decrypt(tampered)).as("byte %d", i)
				.isInstanceOf(FieldDecryptionException.class)
				.hasMessageContaining("failed authentication");
		}
	}

	@Test
	void aValueRelabelledToAnotherKeyFailsBecauseTheKeyIdIsAuthenticated() {
		FieldCipher both = cipher(K1 + "," + K2, "k1");
		String stored = both.encrypt(SECRET);
		String relabelled = "v1:k2:" + stored.substring(6);

		assertThatThrownBy(() -> both.decrypt(relabelled)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("failed authentication");
	}

	@Test
	void afterARotationOldValuesStillDecryptAndNewValuesUseTheNewKey() {
		String writtenWithK1 = k1.encrypt(SECRET);

		FieldCipher rotated = cipher(K1 + "," + K2, "k2");

		assertThat(rotated.decrypt(writtenWithK1)).isEqualTo(SECRET);
		String writtenWithK2 = rotated.encrypt(SECRET);
		assertThat(writtenWithK2).startsWith("v1:k2:");
		assertThat(rotated.decrypt(writtenWithK2)).isEqualTo(SECRET);
		assertThatThrownBy(() -> k1.decrypt(writtenWithK2)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("'k2'")
			.hasMessageContaining("not configured")
			.hasMessageContaining("SPO_DATA_KEYS");
	}

	@Test
	void aWrongKeyUnderTheSameIdFailsClearly() {
		String stored = k1.encrypt(SECRET);
		FieldCipher otherKeyCalledK1 = cipher("k1:" + K2.substring(3), "k1");

		assertThatThrownBy(() -> otherKeyCalledK1.decrypt(stored)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("failed authentication")
			.hasMessageContaining("'k1'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "v1:", "v1:k1", "v1:k1:", "v1:k1:AAAA", "v1:k1:not base64!", "v1::QUJD",
			"v1:bad id:QUJD", "v1:" + SECRET })
	void aMalformedValueFailsClearlyWithoutQuotingIt(String stored) {
		String afterVersion = stored.substring(3);
		assertThatThrownBy(() -> k1.decrypt(stored)).isInstanceOf(FieldDecryptionException.class)
			.satisfies(e -> assertThat(messages(e)).doesNotContain("Hidden", "base64!", "QUJD", "bad id")
				.satisfies(m -> assertThat(afterVersion.isEmpty() || !m.contains(afterVersion)).isTrue()));
	}

	@Test
	void noFailureMessageContainsThePlaintextOrTheStoredValue() {
		FieldCipher rotated = cipher(K1 + "," + K2, "k2");
		String stored = rotated.encrypt(SECRET);
		byte[] payload = Base64.getDecoder().decode(stored.substring(6));
		payload[payload.length - 1] ^= 0x7f;
		String tampered = "v1:k2:" + Base64.getEncoder().encodeToString(payload);
		FieldCipher wrongKey = cipher("k2:" + K1.substring(3), "k2");

		for (Runnable failing : new Runnable[] { () -> k1.decrypt(stored), () -> rotated.decrypt(tampered),
				() -> wrongKey.decrypt(stored) }) {
			assertThatThrownBy(failing::run).isInstanceOf(FieldDecryptionException.class)
				.satisfies(e -> assertThat(messages(e)).doesNotContain(SECRET)
					.doesNotContain("Hidden Lane")
					.doesNotContain(stored.substring(6))
					.doesNotContain(tampered.substring(6)));
		}
	}

	@Test
	void theStoredLengthNeverExceedsTheBoundTheColumnsAreSizedBy() {
		String longestKeyId = "k".repeat(32);
		FieldCipher longId = cipher(longestKeyId + ":" + K1.substring(3), null);
		for (String worst : new String[] { "€".repeat(500), "😀".repeat(250), "a".repeat(500), "ŵ".repeat(500) }) {
			assertThat(longId.encrypt(worst).length()).as(worst.substring(0, 1))
				.isLessThanOrEqualTo(FieldCipher.maxStoredLength(worst.length()));
		}
		assertThat(longId.encrypt("€".repeat(500))).hasSize(FieldCipher.maxStoredLength(500));
		assertThat(FieldCipher.maxStoredLength(500)).isLessThanOrEqualTo(2100);
		assertThat(FieldCipher.maxStoredLength(50)).isLessThanOrEqualTo(300);
		assertThat(FieldCipher.maxStoredLength(254)).isLessThanOrEqualTo(1100);
		assertThat(FieldCipher.maxStoredLength(200)).isLessThanOrEqualTo(900);
	}

	@Test
	void theConverterEncryptsOnWriteDecryptsOnReadAndKeepsNull() {
		EncryptedStringConverter converter = new EncryptedStringConverter(k1);

		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		assertThat(converter.convertToEntityAttribute(null)).isNull();
		String stored = converter.convertToDatabaseColumn(SECRET);
		assertThat(stored).startsWith("v1:k1:");
		assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(SECRET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1 Test Street", "07700900123", "alex@example.org", "weekdays 9-5", "", "V1:upper case",
			"v1 without colon" })
	void theConverterReadsPlaintextStoredBeforeEncryptionAsItIs(String legacy) {
		assertThat(new EncryptedStringConverter(k1).convertToEntityAttribute(legacy)).isEqualTo(legacy);
	}

	@Test
	void theConverterFailsOnATamperedValueWithoutRevealingIt() {
		EncryptedStringConverter converter = new EncryptedStringConverter(k1);
		String stored = converter.convertToDatabaseColumn(SECRET);
		byte[] payload = Base64.getDecoder().decode(stored.substring(6));
		payload[20] ^= 0x01;
		String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(payload);

		assertThatThrownBy(() -> converter.convertToEntityAttribute(tampered))
			.isInstanceOf(FieldDecryptionException.class)
			.satisfies(e -> assertThat(messages(e)).doesNotContain(SECRET).doesNotContain(tampered.substring(6)));
	}

	static String messages(Throwable e) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			all.append(t).append('\n');
		}
		return all.toString();
	}

}
