package uk.police.spo.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CountScreeningAnswers} (triage, and every reassessment): DMN {@code triageRisk} reads the stalking
 * screening answers as a yes count.
 */
@Component("countScreeningAnswers")
public class CountScreeningAnswersDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("screeningYes", ScreeningQuestions.yesCount(ScreeningQuestions.answers(execution)));
	}

}
