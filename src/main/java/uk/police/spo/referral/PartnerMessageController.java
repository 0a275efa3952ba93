package uk.police.spo.referral;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/partners/{court|housing|advocacy}/messages}: each partner's own inbound endpoint (the security
 * configuration lets only that partner's users in). {@code GET /api/partner-messages/refused}: what was refused, for
 * supervisors.
 */
@RestController
class PartnerMessageController {

	private final PartnerInbox inbox;

	private final PartnerMessageRepository messages;

	PartnerMessageController(PartnerInbox inbox, PartnerMessageRepository messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@PostMapping("/api/partners/{partner:court|housing|advocacy}/messages")
	ResponseEntity<Map<String, String>> receive(@PathVariable String partner,
			@Valid @RequestBody PartnerInboundMessage message) {
		PartnerInbox.Outcome outcome = inbox.receive(partner, message);
		return ResponseEntity.status(outcome == PartnerInbox.Outcome.ACCEPTED ? 202 : 200)
			.body(Map.of("messageId", message.messageId(), "status", outcome.name()));
	}

	record RefusedMessage(String partner, String messageId, String caseReference, String type, String reason,
			String receivedAt) {
	}

	@GetMapping("/api/partner-messages/refused")
	List<RefusedMessage> refused() {
		return messages.findTop100ByStatusOrderByReceivedAtDesc(PartnerMessage.REFUSED)
			.stream()
			.map(m -> new RefusedMessage(m.partner(), m.messageId(), m.caseReference(), m.messageType(), m.reason(),
					m.receivedAt().toString()))
			.toList();
	}

}
