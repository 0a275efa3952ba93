package uk.police.spo.breach;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_InformCourtAndAdvocacy}: queues the referrals for the breach (court always, advocacy with the victim's
 * consent); {@code breachReferredToAdvocacy} says whether the advocate is to be told, {@code breachReferralIds}
 * (comma-separated) are the referrals {@code Task_SendBreachReferrals} delivers.
 */
@Component
class InformCourtAndAdvocacyDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	InformCourtAndAdvocacyDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<Referral> queued = breaches.informCourtAndAdvocacy(ProcessVariables.caseId(execution));
		execution.setVariable("breachReferredToAdvocacy",
				queued.stream().anyMatch(referral -> referral.partner() == ReferralPartner.ADVOCACY));
		execution.setVariable("breachReferralIds",
				String.join(",", queued.stream().map(referral -> referral.id().toString()).toList()));
	}

}
