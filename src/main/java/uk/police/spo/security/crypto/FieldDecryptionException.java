package uk.police.spo.security.crypto;

/**
 * A stored encrypted value cannot be read: its key is not configured, it was altered, or it is not in the stored
 * format. The message never contains the stored value or any part of the plaintext.
 */
public class FieldDecryptionException extends RuntimeException {

	FieldDecryptionException(String message) {
		super(message);
	}

	FieldDecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}
