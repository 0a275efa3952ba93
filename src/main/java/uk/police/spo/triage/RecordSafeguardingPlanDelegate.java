package uk.police.spo.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordSafeguardingPlan}: the measures agreed go on the case's timeline. */
@Component("recordSafeguardingPlan")
class RecordSafeguardingPlanDelegate implements JavaDelegate {

	private final TriageRecords records;

	RecordSafeguardingPlanDelegate(TriageRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		records.planSafeguarding(ProcessVariables.caseId(execution), SafeguardingMeasures.ticked(execution));
	}

}
