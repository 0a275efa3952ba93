package uk.police.spo.triage;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseRiskInProcesses;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordIncidentRisk}: what {@code triageRisk} scored from the risk checklist answered after a new
 * incident ({@code riskLevel}, {@code maracReferral}, {@code considerSpo}, {@code urgentSafeguarding}), kept as the
 * case's risk assessment ({@code INCIDENT}); the new level reaches every running process of the case.
 */
@Component("recordIncidentRiskDelegate")
class RecordIncidentRiskDelegate implements JavaDelegate {

	private final RiskReassessments reassessments;

	private final CaseRiskInProcesses caseRisk;

	private final CaseRecords records;

	RecordIncidentRiskDelegate(RiskReassessments reassessments, CaseRiskInProcesses caseRisk, CaseRecords records) {
		this.reassessments = reassessments;
		this.caseRisk = caseRisk;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> variables = execution.getVariables();
		RiskOutcome outcome = RiskOutcome.of(variables);
		caseRisk.spread(execution, outcome.riskLevel());
		UUID caseId = ProcessVariables.caseId(execution);
		reassessments.afterIncident(caseId, RiskFactors.of(execution), RiskChecklist.screening(execution), outcome);
		records.audit(caseId, AuditAction.COLLECT, RiskReassessments.AUDITED_FIELDS,
				"risk reassessment after a new incident");
	}

}
