package uk.police.spo.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/partners/{court|marac|housing|advocacy}/messages}: each partner's own inbound endpoint (the
 * security configuration lets only that partner's users in); a repeated message id gets the first answer again. A
 * message sent under a deprecated name ({@link PartnerMessageTypes#LEGACY}) is taken, and its answer says so: a
 * {@code Deprecation} header (RFC 9745), a {@code Link} to the contract, and a {@code warning} naming the new type.
 * {@code GET /api/partner-messages/refused}: what was refused, for supervisors of the cases' units
 * ({@link RefusedMessages}).
 */
@RestController
class PartnerMessageController {

	static final String CONTRACT = "/api/partners/openapi/inbound.yaml";

	private final PartnerInbox inbox;

	private final RefusedMessages refused;

	PartnerMessageController(PartnerInbox inbox, RefusedMessages refused) {
		this.inbox = inbox;
		this.refused = refused;
	}

	@PostMapping("/api/partners/{partner:court|marac|housing|advocacy}/messages")
	ResponseEntity<Map<String, String>> receive(@PathVariable String partner,
			@Valid @RequestBody PartnerInboundMessage message) {
		PartnerInbox.Outcome outcome = inbox.receive(partner, message);
		Map<String, String> body = new LinkedHashMap<>();
		body.put("messageId", message.messageId());
		body.put("status", outcome.name());
		ResponseEntity.BodyBuilder answer = ResponseEntity
			.status(outcome == PartnerInbox.Outcome.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED);
		if (outcome == PartnerInbox.Outcome.DUPLICATE) {
			answer.header("Idempotent-Replayed", "true");
		}
		if (PartnerMessageTypes.isLegacy(partner, message.type())) {
			answer.header("Deprecation", PartnerMessageTypes.LEGACY_DEPRECATED_SINCE)
				.header(HttpHeaders.LINK, "<" + CONTRACT + ">; rel=\"deprecation\"; type=\"application/yaml\"");
			body.put("warning", "type " + message.type() + " is deprecated: send " + PartnerMessageTypes.successor(message.type())
					+ " with the body fields of " + CONTRACT);
		}
		return answer.body(body);
	}

	@GetMapping("/api/partner-messages/refused")
	List<RefusedMessages.Entry> refused() {
		return refused.newestVisible();
	}

}
