package uk.police.spo.partners;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseRecords;

/**
 * Referrals as triage decides them: MARAC for a high-risk case (shared without consent on a recorded basis), support
 * offers the victim is asked about, and the victim's answers. Nothing is queued for a partner without its basis.
 */
@Service
public class PartnerReferrals {

	public static final String MARAC_PURPOSE = "HIGH_RISK_CONFERENCE";

	private final ReferralRepository referrals;

	private final CaseRecords cases;

	private final AuditTrail audit;

	private final Clock clock;

	PartnerReferrals(ReferralRepository referrals, CaseRecords cases, AuditTrail audit, Clock clock) {
		this.referrals = referrals;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case's referrals, oldest first, each with where its delivery stands. */
	@Transactional(readOnly = true)
	public List<Referral> ofCase(UUID caseId) {
		return referrals.findByCaseIdOrderByCreatedAt(caseId);
	}

	/**
	 * A referral another capability decides (the court and the advocate after a breach), queued for delivery on the
	 * basis it names; the caller records it on the timeline.
	 */
	@Transactional
	public Referral queue(UUID caseId, ReferralPartner partner, String purpose, LegalBasis basis) {
		return referrals.save(Referral.queue(caseId, partner, purpose, basis, clock.instant()));
	}

	@Transactional
	public Referral queueMarac(UUID caseId) {
		cases.record(caseId, "REFERRAL_QUEUED", "MARAC referral queued (high risk)");
		return referrals.save(Referral.queue(caseId, ReferralPartner.MARAC, MARAC_PURPOSE, LegalBasis.MARAC_HIGH_RISK,
				clock.instant()));
	}

	@Transactional
	public List<Referral> offer(UUID caseId, List<ReferralOffer> offers) {
		if (offers.isEmpty()) {
			cases.record(caseId, "REFERRALS_OFFERED", "No partner referral to offer");
			return List.of();
		}
		cases.record(caseId, "REFERRALS_OFFERED", "Referrals offered: "
				+ String.join(", ", offers.stream().map(o -> o.partner() + " (" + o.purpose() + ")").toList()));
		return referrals.saveAll(offers.stream()
			.map(o -> Referral.offer(caseId, o.partner(), o.purpose(), clock.instant()))
			.toList());
	}

	/**
	 * The victim's answer to each open offer: yes queues it (consent is its basis), no declines it.
	 * @throws IllegalArgumentException when an offer has no answer
	 */
	@Transactional
	public List<Referral> answer(UUID caseId, String caseReference, Map<ReferralPartner, Boolean> consent) {
		List<Referral> open = referrals.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.filter(r -> r.status() == ReferralStatus.OFFERED)
			.toList();
		for (Referral referral : open) {
			Boolean yes = consent.get(referral.partner());
			if (yes == null) {
				throw new IllegalArgumentException("No answer to the " + referral.partner() + " referral offer");
			}
			if (yes) {
				referral.consentGiven(clock.instant());
			}
			else {
				referral.declined(clock.instant());
			}
		}
		cases.record(caseId, "REFERRAL_CONSENT", "Referral answers: " + String.join(", ",
				open.stream().map(r -> r.partner() + " " + r.status()).toList()));
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("referral.consent"), "referral consent");
		return open;
	}

}
