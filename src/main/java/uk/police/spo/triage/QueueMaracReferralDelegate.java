package uk.police.spo.triage;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_QueueMaracReferral}: a high-risk case goes to MARAC on its recorded legal basis, without consent. */
@Component("queueMaracReferral")
class QueueMaracReferralDelegate implements JavaDelegate {

	private final PartnerReferrals referrals;

	QueueMaracReferralDelegate(PartnerReferrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID referralId = referrals.queueMarac(ProcessVariables.caseId(execution)).id();
		execution.setVariable("maracReferralId", referralId.toString());
	}

}
