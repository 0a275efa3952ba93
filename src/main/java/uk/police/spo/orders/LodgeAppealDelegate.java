package uk.police.spo.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_LodgeAppeal}: queues the appeal to the Crown Court as a court referral; sets {@code appealReferralId}. */
@Component
class LodgeAppealDelegate implements JavaDelegate {

	private final SpoApplications applications;

	LodgeAppealDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("appealReferralId",
				applications
					.lodgeAppeal(ProcessVariables.spoApplicationId(execution),
							ProcessVariables.caseReference(execution))
					.toString());
	}

}
