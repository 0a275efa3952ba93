package uk.police.spo.partners.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.partners.ReferralStatus;

/**
 * Referral health for supervisors: {@code GET /api/referrals?status=FAILED} lists their units' referrals in a status
 * ({@link ReferralHealth}); {@code POST /api/referrals/{id}/resend} sends a FAILED one again ({@link ReferralResends}).
 */
@RestController
class ReferralController {

	private final ReferralHealth health;

	private final ReferralResends resends;

	ReferralController(ReferralHealth health, ReferralResends resends) {
		this.health = health;
		this.resends = resends;
	}

	@GetMapping("/api/referrals")
	List<ReferralHealth.Entry> withStatus(@RequestParam(defaultValue = "FAILED") String status) {
		return health.withStatus(status(status));
	}

	@PostMapping("/api/referrals/{id}/resend")
	ResponseEntity<ReferralHealth.Entry> resend(@PathVariable String id) {
		return ResponseEntity.accepted().body(resends.resend(referralId(id)));
	}

	@ExceptionHandler(ReferralRefusal.class)
	ResponseEntity<ProblemDetail> refused(ReferralRefusal refusal) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
		problem.setTitle(refusal.status().getReasonPhrase());
		return ResponseEntity.status(refusal.status()).body(problem);
	}

	private static ReferralStatus status(String status) {
		try {
			return ReferralStatus.valueOf(status);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidReferralStatus();
		}
	}

	private static UUID referralId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw ReferralRefusal.notFound();
		}
	}

}
