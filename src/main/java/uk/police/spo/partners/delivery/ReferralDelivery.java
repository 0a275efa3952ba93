package uk.police.spo.partners.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;

/**
 * One attempt to deliver a QUEUED referral, in the transaction of the send task's job: the basis is checked again,
 * the partner's payload built from its allow-list and handed to its route. SENT (with the partner's acknowledgement)
 * or FAILED (refused for good, or no basis) is written with the job's completion, with the case's timeline and, for a
 * delivery, the audit entry naming the fields sent (DISCLOSE). When the partner cannot be reached the attempt is
 * counted in a transaction of its own ({@link DeliveryAttempts}) and {@link PartnerUnavailableException} makes the job
 * try again later; the last attempt marks the referral FAILED first. A referral that is not QUEUED (sent, or failed and
 * not sent again) is left as it is.
 */
@Service
class ReferralDelivery {

	private final ReferralRepository referrals;

	private final CaseRecords records;

	private final ReferralBasis basis;

	private final ReferralPayloads payloads;

	private final PartnerRoutes routes;

	private final DeliveryAttempts attempts;

	private final Clock clock;

	ReferralDelivery(ReferralRepository referrals, CaseRecords records, ReferralBasis basis, ReferralPayloads payloads,
			PartnerRoutes routes, DeliveryAttempts attempts, Clock clock) {
		this.referrals = referrals;
		this.records = records;
		this.basis = basis;
		this.payloads = payloads;
		this.routes = routes;
		this.attempts = attempts;
		this.clock = clock;
	}

	@Transactional
	public void deliver(UUID referralId, boolean lastAttempt) {
		Referral referral = referrals.findById(referralId)
			.orElseThrow(() -> new IllegalStateException("No referral " + referralId));
		if (referral.status() != ReferralStatus.QUEUED) {
			return;
		}
		Optional<String> refusal = basis.refusal(referral);
		if (refusal.isPresent()) {
			referral.refused(refusal.get(), clock.instant());
			records.record(referral.caseId(), "REFERRAL_FAILED", label(referral) + " " + refusal.get());
			return;
		}
		CaseFile caseFile = records.load(referral.caseId());
		ReferralPayload payload = payloads.build(referral, caseFile);
		DeliveryOutcome outcome = routes.deliver(referral, caseFile.reference(), payload);
		switch (outcome.kind()) {
			case DELIVERED -> {
				referral.sent(outcome.acknowledgementId(), clock.instant());
				records.record(referral.caseId(), "REFERRAL_SENT", label(referral) + " sent (acknowledgement "
						+ referral.acknowledgementId().orElseThrow() + ")"
						+ (payload.letter() == null ? "" : " with its letter " + payload.letter()));
				if (payload.letterFailed()) {
					records.record(referral.caseId(), "REFERRAL_LETTER_FAILED", label(referral)
							+ " went without its letter: the letter could not be made (see the application log)");
				}
				records.audit(referral.caseId(), AuditAction.DISCLOSE,
						payload.fields().isEmpty() ? List.of("referral.kind") : payload.fields(),
						"referral to " + referral.partner().name().toLowerCase());
			}
			case REFUSED -> {
				referral.failed(outcome.reason(), clock.instant());
				records.record(referral.caseId(), "REFERRAL_FAILED", label(referral) + " failed: " + outcome.reason());
			}
			case UNAVAILABLE -> {
				attempts.unavailable(referralId, outcome.reason(), lastAttempt);
				throw new PartnerUnavailableException(referral.partner() + " not reached: " + outcome.reason());
			}
		}
	}

	static String label(Referral referral) {
		return "Referral to " + referral.partner() + " (" + referral.purpose() + ")";
	}

}
