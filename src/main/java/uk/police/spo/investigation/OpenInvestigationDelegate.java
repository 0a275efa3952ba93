package uk.police.spo.investigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_OpenInvestigation}: the case is under investigation, and whether its victim has enhanced rights under
 * the Victims' Code (which sets how soon they must be told of each key event) is decided once, as
 * {@code victimEnhancedRights}.
 */
@Component
class OpenInvestigationDelegate implements JavaDelegate {

	private final CaseRecords records;

	OpenInvestigationDelegate(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean enhanced = VictimUpdateDeadline.enhancedRights(ProcessVariables.riskLevel(execution).orElse(null),
				ProcessVariables.classification(execution).orElse(null));
		execution.setVariable("victimEnhancedRights", enhanced);
		records.moveTo(ProcessVariables.caseId(execution), CaseStatus.UNDER_INVESTIGATION, "INVESTIGATION_OPENED",
				"Investigation opened" + (enhanced ? "; victim has enhanced rights" : ""));
	}

}
