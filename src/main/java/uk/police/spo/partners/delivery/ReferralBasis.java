package uk.police.spo.partners.delivery;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.RecordedConsent;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;

/**
 * Checked again when a referral is about to leave, whatever was checked when it was queued: housing and advocacy only
 * with the victim's recorded consent (which may have changed since), MARAC only on the high-risk basis, the court only
 * as the force's own application.
 */
@Component
class ReferralBasis {

	private final RecordedConsent consent;

	ReferralBasis(RecordedConsent consent) {
		this.consent = consent;
	}

	/** Why this referral may not be sent, or empty when it may. */
	Optional<String> refusal(Referral referral) {
		ReferralPartner partner = referral.partner();
		LegalBasis basis = referral.legalBasis();
		LegalBasis needed = switch (partner) {
			case MARAC -> LegalBasis.MARAC_HIGH_RISK;
			case COURT -> LegalBasis.COURT_APPLICATION;
			case HOUSING, ADVOCACY -> LegalBasis.CONSENT;
		};
		if (basis != needed) {
			return Optional.of("not sent: a referral to " + partner + " needs the basis " + needed + ", not " + basis);
		}
		if (basis == LegalBasis.CONSENT && !consent.given(referral.caseId(), partner)) {
			return Optional.of("not sent: no recorded consent of the victim to a referral to " + partner);
		}
		return Optional.empty();
	}

}
