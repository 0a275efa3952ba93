package uk.police.spo.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.partners.ReferralOffer;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.Answer;

/**
 * {@code Task_OfferReferrals}: DMN {@code partnerReferral}'s offers ({@code referralOffers}) become OFFERED referrals,
 * which share nothing until the victim consents. Sets {@code referralsOffered} and, per partner,
 * {@code housingOffered} and {@code advocacyOffered} for the consent form.
 */
@Component("offerReferrals")
class OfferReferralsDelegate implements JavaDelegate {

	static final Answer REFERRAL_OFFERS = Answer.decision("referralOffers", "partnerReferral");

	private final PartnerReferrals referrals;

	OfferReferralsDelegate(PartnerReferrals referrals) {
		this.referrals = referrals;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		List<Map<String, Object>> decided = REFERRAL_OFFERS.as(execution, List.class);
		List<ReferralOffer> offers = decided.stream()
			.map(o -> new ReferralOffer(ReferralPartner.valueOf((String) o.get("partner")), (String) o.get("purpose")))
			.toList();
		referrals.offer(ProcessVariables.caseId(execution), offers);
		execution.removeVariable(REFERRAL_OFFERS.key());
		execution.setVariable("referralsOffered", !offers.isEmpty());
		execution.setVariable("housingOffered", offers.stream().anyMatch(o -> o.partner() == ReferralPartner.HOUSING));
		execution.setVariable("advocacyOffered", offers.stream().anyMatch(o -> o.partner() == ReferralPartner.ADVOCACY));
	}

}
