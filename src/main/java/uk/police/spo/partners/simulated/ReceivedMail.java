package uk.police.spo.partners.simulated;

import java.time.Instant;
import java.util.List;

/** A mail the simulated court received: its headers of the contract, its text, and its attachments. */
record ReceivedMail(int number, String subject, String from, String to, String messageId, String idempotencyKey,
		Instant sentAt, String text, List<Attachment> attachments) {

	record Attachment(String fileName, String mediaType, byte[] content) {
	}

}
