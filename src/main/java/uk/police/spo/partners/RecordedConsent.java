package uk.police.spo.partners;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseRecords;

/**
 * Whether the victim has consented to sharing with a partner: their latest answer to an offer of a referral to that
 * partner (accepted or declined), or, when they were never asked, the consent given in the report. A decline at triage
 * therefore also stops a later referral to the same partner (after a breach).
 */
@Service
public class RecordedConsent {

	private final ReferralRepository referrals;

	private final CaseRecords cases;

	RecordedConsent(ReferralRepository referrals, CaseRecords cases) {
		this.referrals = referrals;
		this.cases = cases;
	}

	@Transactional(readOnly = true)
	public boolean given(UUID caseId, ReferralPartner partner) {
		Optional<Answer> latest = referrals.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.filter(referral -> referral.partner() == partner)
			.map(RecordedConsent::answer)
			.flatMap(Optional::stream)
			.max(Comparator.comparing(Answer::at));
		return latest.map(Answer::yes).orElseGet(() -> cases.load(caseId).consentToPartnerReferral());
	}

	private static Optional<Answer> answer(Referral referral) {
		if (referral.status() == ReferralStatus.DECLINED) {
			return Optional.of(new Answer(false, referral.updatedAt()));
		}
		return referral.consentGivenAt().map(at -> new Answer(true, at));
	}

	private record Answer(boolean yes, Instant at) {
	}

}
