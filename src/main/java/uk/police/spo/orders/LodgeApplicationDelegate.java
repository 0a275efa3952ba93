package uk.police.spo.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_LodgeApplication}: queues the court referral; sets {@code courtReferralId}. */
@Component
class LodgeApplicationDelegate implements JavaDelegate {

	private final SpoApplications applications;

	LodgeApplicationDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("courtReferralId", applications
			.lodge(ProcessVariables.spoApplicationId(execution), ProcessVariables.caseReference(execution))
			.toString());
	}

}
