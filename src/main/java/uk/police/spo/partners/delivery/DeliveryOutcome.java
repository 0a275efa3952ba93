package uk.police.spo.partners.delivery;

/**
 * What one attempt to deliver a referral came to. DELIVERED: the partner took it (its acknowledgement id, if it gave
 * one); REFUSED: the partner refused it for good (a 4xx other than 408 and 429, a rejected address), no retry;
 * UNAVAILABLE: worth trying again (5xx, 408, 429, no connection, a time-out). The reason names the answer, never
 * what was sent.
 */
record DeliveryOutcome(Kind kind, String acknowledgementId, String reason) {

	enum Kind {
		DELIVERED, REFUSED, UNAVAILABLE
	}

	static DeliveryOutcome delivered(String acknowledgementId) {
		return new DeliveryOutcome(Kind.DELIVERED, acknowledgementId, "SENT");
	}

	static DeliveryOutcome refused(String reason) {
		return new DeliveryOutcome(Kind.REFUSED, null, reason);
	}

	static DeliveryOutcome unavailable(String reason) {
		return new DeliveryOutcome(Kind.UNAVAILABLE, null, reason);
	}

}
