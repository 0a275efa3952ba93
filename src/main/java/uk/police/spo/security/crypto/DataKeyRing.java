package uk.police.spo.security.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys personal data may be encrypted with, by id, and the id of the one new values use. A stored value
 * names its key, so old keys stay in the ring after a rotation until no stored value names them.
 */
public final class DataKeyRing {

	static final int KEY_BYTES = 32;

	/** Ids go into every stored value and into messages: short, and nothing like key material or a separator. */
	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

	private final Map<String, SecretKey> keys;

	private final String currentKeyId;

	private DataKeyRing(Map<String, SecretKey> keys, String currentKeyId) {
		this.keys = Collections.unmodifiableMap(keys);
		this.currentKeyId = currentKeyId;
	}

	/**
	 * @param spec comma-separated {@code keyId:base64key}
	 * @param currentKeyId the id to encrypt with; may be blank when {@code spec} has exactly one key
	 * @param keysSource how the user names the keys setting, for messages (e.g. "SPO_DATA_KEYS")
	 * @param currentSource how the user names the current-key setting
	 * @throws DataKeyException naming the setting to fix, without any key material
	 */
	static DataKeyRing parse(String spec, String currentKeyId, String keysSource, String currentSource) {
		if (spec == null || spec.isBlank()) {
			throw new DataKeyException(keysSource + " is empty. " + DataKeyException.HOW_TO_GENERATE);
		}
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		String[] entries = spec.split(",");
		for (int i = 0; i < entries.length; i++) {
			String entry = entries[i].strip();
			int colon = entry.indexOf(':');
			String where = keysSource + " entry " + (i + 1);
			if (colon < 0) {
				throw new DataKeyException(where + " is not keyId:base64key. " + DataKeyException.HOW_TO_GENERATE);
			}
			String id = entry.substring(0, colon).strip();
			if (!isValidId(id)) {
				throw new DataKeyException(where + " has an invalid key id: use 1 to 32 letters, digits, '.', '_' or "
						+ "'-', starting with a letter or digit. " + DataKeyException.HOW_TO_GENERATE);
			}
			byte[] material;
			try {
				material = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
			}
			catch (IllegalArgumentException notBase64) {
				// not chained: the decoder's message quotes a character of the key
				throw new DataKeyException(keysSource + ": key '" + id + "' is not valid base64. "
						+ DataKeyException.HOW_TO_GENERATE);
			}
			try {
				if (material.length != KEY_BYTES) {
					throw new DataKeyException(keysSource + ": key '" + id + "' is " + material.length
							+ " bytes; AES-256 needs exactly " + KEY_BYTES + ". " + DataKeyException.HOW_TO_GENERATE);
				}
				if (keys.putIfAbsent(id, new SecretKeySpec(material, "AES")) != null) {
					throw new DataKeyException(keysSource + ": key id '" + id + "' is given twice.");
				}
			}
			finally {
				Arrays.fill(material, (byte) 0);
			}
		}
		return new DataKeyRing(keys, current(keys, currentKeyId, keysSource, currentSource));
	}

	private static String current(Map<String, SecretKey> keys, String currentKeyId, String keysSource,
			String currentSource) {
		if (currentKeyId == null || currentKeyId.isBlank()) {
			if (keys.size() == 1) {
				return keys.keySet().iterator().next();
			}
			throw new DataKeyException(keysSource + " has " + keys.size() + " keys (" + String.join(", ", keys.keySet())
					+ "): set " + currentSource + " to the id of the one new values are encrypted with.");
		}
		String id = currentKeyId.strip();
		if (!keys.containsKey(id)) {
			// the value is quoted only when it looks like an id: a key pasted here by mistake must not reach the log
			String named = isValidId(id) ? "'" + id + "'" : "a value that is not a key id";
			throw new DataKeyException(currentSource + " names " + named + ", which is not among the keys in "
					+ keysSource + " (" + String.join(", ", keys.keySet()) + ").");
		}
		return id;
	}

	static boolean isValidId(String id) {
		return id != null && KEY_ID.matcher(id).matches();
	}

	public String currentKeyId() {
		return currentKeyId;
	}

	SecretKey currentKey() {
		return keys.get(currentKeyId);
	}

	Optional<SecretKey> key(String id) {
		return Optional.ofNullable(keys.get(id));
	}

	public Set<String> keyIds() {
		return keys.keySet();
	}

	@Override
	public String toString() {
		return "DataKeyRing[ids=" + keys.keySet() + ", current=" + currentKeyId + "]";
	}

}
