package uk.police.spo.partners.simulated;

import java.time.Instant;
import java.util.Map;

/**
 * A referral a simulated partner received over HTTP: its {@code Idempotency-Key}, the acknowledgement id it was
 * answered with, when it first came, how many times it came, and its JSON fields.
 */
record ReceivedReferral(String partner, String idempotencyKey, String acknowledgementId, Instant firstReceivedAt,
		int deliveries, Map<String, Object> fields) {

	ReceivedReferral again() {
		return new ReceivedReferral(partner, idempotencyKey, acknowledgementId, firstReceivedAt, deliveries + 1, fields);
	}

	/** The case reference the referral names, when it names one in the form of a reference. */
	String caseReference() {
		return fields.get("caseReference") instanceof String reference && reference.matches("SH-\\d{4}-\\d{6}")
				? reference : null;
	}

}
