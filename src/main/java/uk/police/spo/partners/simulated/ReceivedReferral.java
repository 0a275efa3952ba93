package uk.police.spo.partners.simulated;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A referral a simulated partner received over HTTP: its {@code Idempotency-Key}, the acknowledgement id it was
 * answered with, when it first came, how many times it came, and its JSON fields.
 */
record ReceivedReferral(String partner, String idempotencyKey, String acknowledgementId, Instant firstReceivedAt,
		int deliveries, Map<String, Object> fields) {

	ReceivedReferral again() {
		return new ReceivedReferral(partner, idempotencyKey, acknowledgementId, firstReceivedAt, deliveries + 1, fields);
	}

	/** The file name of the letter the referral carries, when it carries one. */
	Optional<String> letterFileName() {
		return letter().map(letter -> letter.get("fileName") instanceof String name ? name : "referral-letter.pdf");
	}

	/** The letter's PDF, when the referral carries one in the contract's form. */
	Optional<byte[]> letterContent() {
		return letter().filter(letter -> letter.get("base64") instanceof String)
			.flatMap(letter -> {
				try {
					return Optional.of(Base64.getDecoder().decode((String) letter.get("base64")));
				}
				catch (IllegalArgumentException notBase64) {
					return Optional.empty();
				}
			});
	}

	private Optional<Map<?, ?>> letter() {
		return fields.get("letter") instanceof Map<?, ?> letter ? Optional.of(letter) : Optional.empty();
	}

	/** The case reference the referral names, when it names one in the form of a reference. */
	String caseReference() {
		return fields.get("caseReference") instanceof String reference && reference.matches("SH-\\d{4}-\\d{6}")
				? reference : null;
	}

}
