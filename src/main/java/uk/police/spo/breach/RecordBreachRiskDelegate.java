package uk.police.spo.breach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRiskInProcesses;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.triage.RiskChecklist;
import uk.police.spo.triage.RiskFactors;
import uk.police.spo.triage.RiskOutcome;
import uk.police.spo.system.Answer;

/**
 * {@code Task_RecordBreachRisk}: what {@code triageRisk} scored after the breach ({@code riskLevel},
 * {@code maracReferral}, {@code considerSpo}, {@code urgentSafeguarding}) from the officer's answers, and whether to
 * vary. Kept as the case's risk assessment, and the new level reaches every running process of the case.
 */
@Component
class RecordBreachRiskDelegate implements JavaDelegate {

	static final Answer VARIATION_NEEDED = Answer.field("variationNeeded", "breach-reassess-risk");

	private final BreachRecords breaches;

	private final CaseRiskInProcesses caseRisk;

	RecordBreachRiskDelegate(BreachRecords breaches, CaseRiskInProcesses caseRisk) {
		this.breaches = breaches;
		this.caseRisk = caseRisk;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RiskOutcome outcome = RiskOutcome.of(execution.getVariables());
		// first: the records end with the audit entry, after which this transaction takes no more locks
		caseRisk.spread(execution, outcome.riskLevel());
		breaches.riskReassessed(ProcessVariables.breachId(execution), RiskFactors.of(execution).afterABreachOfAnOrder(),
				RiskChecklist.screening(execution), outcome, VARIATION_NEEDED.yes(execution));
	}

}
