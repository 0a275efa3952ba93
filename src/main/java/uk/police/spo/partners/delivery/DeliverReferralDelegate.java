package uk.police.spo.partners.delivery;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Every send task of a referral ({@code Task_SendMaracReferral}, {@code Task_SendApplicationToCourt}, ...): delivers
 * the referral {@code referralId} (the multi-instance element of the task) through its partner's route. The task is
 * asynchronous, so this runs as a job: committed with the step that queued the referral, retried with back-off by
 * its {@code failedJobRetryTimeCycle}, taken by one node only. On the job's last retry a partner still out of reach
 * marks the referral FAILED before the job fails into an incident.
 */
@Component("deliverReferralDelegate")
class DeliverReferralDelegate implements JavaDelegate {

	static final String REFERRAL_ID = "referralId";

	private final ReferralDelivery delivery;

	DeliverReferralDelegate(ReferralDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID referralId = UUID.fromString(String.valueOf(execution.getVariable(REFERRAL_ID)));
		delivery.deliver(referralId, lastAttempt(execution));
	}

	/**
	 * The job's retries left before this attempt: 1 after it has failed before means none after this one. A job's first
	 * run still shows the engine's default retries, which its retry cycle replaces after the first failure.
	 */
	static boolean lastAttempt(DelegateExecution execution) {
		Job job = execution.getProcessEngineServices()
			.getManagementService()
			.createJobQuery()
			.executionId(execution.getId())
			.singleResult();
		return job != null && job.getRetries() <= 1 && job.getExceptionMessage() != null;
	}

}
