package uk.police.spo.partners.simulated;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /simulated-partners/{marac|housing|advocacy|court}/referrals}: a partner's system as the contract expects
 * it. No login: it checks {@code X-Signature} with the partner's {@code spo.partners.<partner>.signing-key} (401 when
 * it does not verify), keeps the referral, and answers {@code {"acknowledgementId": "SIM-<partner>-<n>"}}, the same id
 * again for the same {@code Idempotency-Key}. It does not refuse an old timestamp: a retry may be signed again or not,
 * and the idempotency key already makes a replay harmless here.
 */
@RestController
@SimulatedPartners
class SimulatedPartnerReceiver {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final SimulatedReceipts receipts;

	private final Environment environment;

	private final ObjectMapper json;

	SimulatedPartnerReceiver(SimulatedReceipts receipts, Environment environment, ObjectMapper json) {
		this.receipts = receipts;
		this.environment = environment;
		this.json = json;
	}

	@PostMapping("/simulated-partners/{partner:marac|housing|advocacy|court}/referrals")
	ResponseEntity<?> receive(@PathVariable String partner, @RequestBody byte[] body,
			@RequestHeader(name = "X-Spo-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		String key = environment.getProperty("spo.partners." + partner + ".signing-key");
		if (!ReferralSignature.verifies(key, timestamp, body, signature)) {
			return problem(HttpStatus.UNAUTHORIZED, "The signature does not verify with " + partner + "'s signing key.");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			return problem(HttpStatus.BAD_REQUEST, "An Idempotency-Key header is required.");
		}
		Map<String, Object> fields;
		try {
			fields = json.readValue(body, FIELDS);
		}
		catch (IOException notAnObject) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object.");
		}
		if (fields == null) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object.");
		}
		ReceivedReferral kept = receipts.receive(partner, idempotencyKey, fields);
		return ResponseEntity.ok(Map.of("acknowledgementId", kept.acknowledgementId()));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
