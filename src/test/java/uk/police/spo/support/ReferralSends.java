package uk.police.spo.support;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

import uk.police.spo.partners.delivery.ReferralsToSend;

/**
 * The referrals' send tasks in process tests: each is asynchronous (a job), so a test runs its jobs as the job
 * executor would; the delivery itself is a stand-in that notes the referral ids it was given.
 */
public final class ReferralSends {

	private final List<String> delivered = new ArrayList<>();

	private ReferralSends() {
	}

	/** Registers the send tasks' beans: the real collection of ids, and a delivery that notes each id. */
	public static ReferralSends register() {
		ReferralSends sends = new ReferralSends();
		Mocks.register("referralsToSend", new ReferralsToSend());
		Mocks.register("deliverReferralDelegate",
				(JavaDelegate) execution -> sends.delivered.add(String.valueOf(execution.getVariable("referralId"))));
		return sends;
	}

	/** Runs the send tasks' jobs of the process instance (and those they lead to) until none is left. */
	public static void run(ManagementService management, String processInstanceId) {
		for (int round = 0; round < 20; round++) {
			// the send tasks are the models' only asynchronous steps: every other job is a timer
			List<Job> sends = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
			if (sends.isEmpty()) {
				return;
			}
			sends.forEach(job -> management.executeJob(job.getId()));
		}
		throw new IllegalStateException("Send tasks still have jobs after 20 rounds");
	}

	public List<String> delivered() {
		return delivered;
	}

}
