package uk.police.spo.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * {@code Task_RequestPurge}: the review asked for a purge. The case process then ends, and an administrator other than
 * the reviewer approves the purge through the retention API.
 */
@Component
class RequestPurgeDelegate implements JavaDelegate {

	private final CasePurges purges;

	private final CaseRecords records;

	RequestPurgeDelegate(CasePurges purges, CaseRecords records) {
		this.purges = purges;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		purges.requestAfterReview(execution.getProcessBusinessKey(), records.actor());
	}

}
