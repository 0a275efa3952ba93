package uk.police.spo.triage;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.Answer;

/**
 * {@code Task_RecordRiskAssessment}: keeps the conduct's classification ({@link ConductAnswers}) and DMN
 * {@code triageRisk}'s answer ({@code riskDecision}) as the case's risk assessment, and sets the process's outputs {@code riskLevel}, {@code maracReferral}, {@code considerSpo} and
 * {@code urgentSafeguarding}.
 */
@Component("recordRiskAssessment")
class RecordRiskAssessmentDelegate implements JavaDelegate {

	static final Answer RISK_DECISION = Answer.decision("riskDecision", "triageRisk");

	private final TriageRecords records;

	RecordRiskAssessmentDelegate(TriageRecords records) {
		this.records = records;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		RiskOutcome outcome = RiskOutcome.of(RISK_DECISION.as(execution, Map.class));
		records.assess(ProcessVariables.caseId(execution), ProcessVariables.classification(execution)
				.orElseThrow(() -> new IllegalStateException("Triage reached this step without a classification")),
				ConductAnswers.of(execution), ConductAnswers.otherOffences(execution.getVariables()), RiskFactors.of(execution),
				ScreeningQuestions.answers(execution), outcome);
		execution.removeVariable(RISK_DECISION.key());
		execution.setVariables(outcome.variables());
	}

}
