package uk.police.spo.security.crypto;

/**
 * Start-up cannot go on: the data encryption keys are missing or malformed. The message says which setting to fix and
 * never contains key material.
 */
public class DataKeyException extends IllegalStateException {

	static final String HOW_TO_GENERATE = "Generate a key with `openssl rand -base64 32` and set, for example, "
			+ "SPO_DATA_KEYS=k1:<that base64 text> and SPO_DATA_KEY_CURRENT=k1.";

	DataKeyException(String message) {
		super(message);
	}

}
