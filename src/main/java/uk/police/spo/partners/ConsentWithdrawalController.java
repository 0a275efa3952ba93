package uk.police.spo.partners;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.units.CaseAccess;

/**
 * An officer records that the victim withdrew their consent to referrals to a partner:
 * {@code POST /api/cases/{reference}/consent-withdrawals} with {@code {"partner": "HOUSING"}} (or {@code ADVOCACY}).
 * Staff of the case's unit; another unit's case answers 404. From then no referral to that partner leaves the force
 * until the victim consents again; one already delivered stays delivered.
 */
@RestController
@RequestMapping("/api/cases/{reference}/consent-withdrawals")
class ConsentWithdrawalController {

	private final CaseRecords cases;

	private final CaseAccess access;

	private final RecordedConsent consent;

	ConsentWithdrawalController(CaseRecords cases, CaseAccess access, RecordedConsent consent) {
		this.cases = cases;
		this.access = access;
		this.consent = consent;
	}

	record Withdrawal(String partner) {
	}

	record WithdrawalView(String partner, Instant withdrawnAt, String recordedBy) {
	}

	@PostMapping
	@Transactional
	ResponseEntity<Object> withdraw(@PathVariable String reference, @RequestBody(required = false) Withdrawal body) {
		Optional<CaseFile> caseFile = cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
		if (caseFile.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Optional<ReferralPartner> partner = RecordedConsent.ON_CONSENT.stream()
			.filter(p -> body != null && p.name().equals(body.partner()))
			.findFirst();
		if (partner.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Say whose referrals the victim no longer consents to.");
			problem.setTitle("Invalid consent withdrawal");
			problem.setProperty("errors", List.of(Map.of("field", "partner", "message",
					"is HOUSING or ADVOCACY: the partners referred to on the victim's consent (MARAC and the court "
							+ "are referred to on another legal basis)")));
			return ResponseEntity.badRequest().body(problem);
		}
		ConsentWithdrawal withdrawal = consent.withdraw(caseFile.get(), partner.get());
		return ResponseEntity.created(URI.create("/api/cases/" + reference + "/consent-withdrawals"))
			.body(new WithdrawalView(withdrawal.partner().name(), withdrawal.withdrawnAt(), withdrawal.recordedBy()));
	}

}
