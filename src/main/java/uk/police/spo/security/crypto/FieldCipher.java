package uk.police.spo.security.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single text values. A stored value is {@code v1:<keyId>:<base64(iv | ciphertext | tag)>}: a format
 * version, the id of the key (so keys can rotate), a random 12-byte IV per value and the 128-bit tag. The key id is
 * the GCM associated data, so a value cannot be relabelled to another key without failing. Thread-safe.
 */
public final class FieldCipher {

	static final String VERSION_PREFIX = "v1:";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int TAG_BYTES = TAG_BITS / 8;

	/** The longest prefix a stored value can have: "v1:", a key id of at most 32 characters, ":". */
	static final int MAX_PREFIX_CHARS = VERSION_PREFIX.length() + 32 + 1;

	private final DataKeyRing ring;

	private final SecureRandom random = new SecureRandom();

	public FieldCipher(DataKeyRing ring) {
		this.ring = ring;
	}

	/** Whether a stored value is in the encrypted format; anything else is plaintext written before encryption. */
	public static boolean isEncrypted(String stored) {
		return stored != null && stored.startsWith(VERSION_PREFIX);
	}

	/**
	 * The longest stored text for a plaintext of {@code maxChars} Java characters: UTF-8 takes at most 3 bytes per
	 * char (a 4-byte character is two chars), GCM adds the IV and the tag, Base64 4 characters per 3 bytes.
	 */
	public static int maxStoredLength(int maxChars) {
		int bytes = IV_BYTES + 3 * maxChars + TAG_BYTES;
		return MAX_PREFIX_CHARS + 4 * ((bytes + 2) / 3);
	}

	public String encrypt(String plaintext) {
		String keyId = ring.currentKeyId();
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, ring.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return VERSION_PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption is not available in this JVM", e);
		}
	}

	/**
	 * @param stored a value in the {@code v1:} format
	 * @throws FieldDecryptionException when the key is not configured, the value was altered or is malformed
	 */
	public String decrypt(String stored) {
		if (!isEncrypted(stored)) {
			throw new FieldDecryptionException("Stored value is not in the encrypted format " + VERSION_PREFIX);
		}
		int keyEnd = stored.indexOf(':', VERSION_PREFIX.length());
		String keyId = keyEnd < 0 ? null : stored.substring(VERSION_PREFIX.length(), keyEnd);
		if (!DataKeyRing.isValidId(keyId)) {
			throw new FieldDecryptionException("Encrypted value is malformed: no valid key id after " + VERSION_PREFIX);
		}
		SecretKey key = ring.key(keyId)
			.orElseThrow(() -> new FieldDecryptionException("Encrypted value names key '" + keyId
					+ "', which is not configured: add it to SPO_DATA_KEYS (configured: "
					+ String.join(", ", ring.keyIds()) + ")"));
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(stored.substring(keyEnd + 1));
		}
		catch (IllegalArgumentException notBase64) {
			// not chained: the decoder's message quotes a character of the value
			throw new FieldDecryptionException("Encrypted value with key '" + keyId + "' is malformed: not Base64");
		}
		if (sealed.length < IV_BYTES + TAG_BYTES) {
			throw new FieldDecryptionException("Encrypted value with key '" + keyId + "' is malformed: too short");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException tampered) {
			throw new FieldDecryptionException("Encrypted value with key '" + keyId
					+ "' failed authentication: it was altered, or key '" + keyId + "' is not the key it was written "
					+ "with", tampered);
		}
		catch (GeneralSecurityException e) {
			throw new FieldDecryptionException("Encrypted value with key '" + keyId + "' cannot be decrypted", e);
		}
	}

}
