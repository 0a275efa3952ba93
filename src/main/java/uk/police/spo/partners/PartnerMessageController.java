package uk.police.spo.partners;

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
 * configuration lets only that partner's users in); a repeated message id gets the first answer again.
 * {@code GET /api/partner-messages/refused}: what was refused, for supervisors of the cases' units
 * ({@link RefusedMessages}).
 */
@RestController
class PartnerMessageController {

	private final PartnerInbox inbox;

	private final RefusedMessages refused;

	PartnerMessageController(PartnerInbox inbox, RefusedMessages refused) {
		this.inbox = inbox;
		this.refused = refused;
	}

	@PostMapping("/api/partners/{partner:court|housing|advocacy}/messages")
	ResponseEntity<Map<String, String>> receive(@PathVariable String partner,
			@Valid @RequestBody PartnerInboundMessage message) {
		PartnerInbox.Outcome outcome = inbox.receive(partner, message);
		if (outcome == PartnerInbox.Outcome.DUPLICATE) {
			return ResponseEntity.ok()
				.header("Idempotent-Replayed", "true")
				.body(Map.of("messageId", message.messageId(), "status", outcome.name()));
		}
		return ResponseEntity.accepted().body(Map.of("messageId", message.messageId(), "status", outcome.name()));
	}

	@GetMapping("/api/partner-messages/refused")
	List<RefusedMessages.Entry> refused() {
		return refused.newestVisible();
	}

}
