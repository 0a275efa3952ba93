package uk.police.spo.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_CompleteTriage}: the case is triaged; its outputs are already process variables for the caller. */
@Component("completeTriage")
class CompleteTriageDelegate implements JavaDelegate {

	private final TriageRecords records;

	CompleteTriageDelegate(TriageRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		records.complete(ProcessVariables.caseId(execution), ProcessVariables.classification(execution)
				.orElseThrow(() -> new IllegalStateException("Triage reached this step without a classification")),
				ProcessVariables.riskLevel(execution).map(Enum::name).orElseThrow());
	}

}
