package uk.police.spo.breach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.ReferralPartner;

/**
 * {@code Task_InformCourtAndAdvocacy}: queues the outbox referrals for the breach (court always, advocacy with the
 * victim's consent); {@code breachReferredToAdvocacy} says whether the advocate was told.
 */
@Component
class InformCourtAndAdvocacyDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	InformCourtAndAdvocacyDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("breachReferredToAdvocacy",
				breaches.informCourtAndAdvocacy(execution.getVariable("caseId")).contains(ReferralPartner.ADVOCACY));
	}

}
