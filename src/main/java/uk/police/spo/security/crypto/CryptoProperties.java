package uk.police.spo.security.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data encryption keys come from.
 *
 * @param keys comma-separated {@code keyId:base64key} entries (from SPO_DATA_KEYS), each key 32 bytes
 * @param currentKey the id of the key new values are encrypted with (from SPO_DATA_KEY_CURRENT); may be left out
 * when there is exactly one key
 * @param generateLocalKey without keys, generate one into {@code localKeyFile} (embedded default only) instead of
 * refusing to start
 * @param localKeyFile where the generated local key is kept
 */
@ConfigurationProperties("spo.crypto")
public record CryptoProperties(String keys, String currentKey, boolean generateLocalKey, String localKeyFile) {

	boolean keysGiven() {
		return keys != null && !keys.isBlank();
	}

	/** Never shows the keys, wherever a record's text ends up (logs, failure reports, debuggers). */
	@Override
	public String toString() {
		return "CryptoProperties[keys=" + (keysGiven() ? "(given)" : "(none)") + ", currentKey="
				+ (DataKeyRing.isValidId(currentKey) ? currentKey : "(not an id)")
				+ ", generateLocalKey=" + generateLocalKey + ", localKeyFile=" + localKeyFile + "]";
	}

}
