package uk.police.spo.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordReferralAnswers}: each offer the victim accepted is queued for its partner, the rest declined;
 * {@code consentedReferralIds} (comma-separated) are the ones {@code Task_SendConsentedReferrals} delivers.
 */
@Component("recordReferralAnswers")
class RecordReferralAnswersDelegate implements JavaDelegate {

	/** Which field of the consent form holds the victim's answer to an offer to which partner. */
	static final Map<ReferralPartner, String> ANSWERS = Map.of(ReferralPartner.HOUSING, "housingReferralAnswer",
			ReferralPartner.ADVOCACY, "advocacyReferralAnswer");

	private final PartnerReferrals referrals;

	RecordReferralAnswersDelegate(PartnerReferrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<ReferralPartner, Boolean> consent = new EnumMap<>(ReferralPartner.class);
		ANSWERS.forEach((partner, key) -> {
			Object answer = execution.getVariable(key);
			if (answer != null) {
				consent.put(partner, "ACCEPTED".equals(answer));
			}
		});
		List<Referral> answered = referrals.answer(ProcessVariables.caseId(execution),
				execution.getProcessBusinessKey(), consent);
		execution.setVariable("consentedReferralIds", String.join(",", answered.stream()
			.filter(referral -> referral.status() == ReferralStatus.QUEUED)
			.map(referral -> referral.id().toString())
			.toList()));
	}

}
