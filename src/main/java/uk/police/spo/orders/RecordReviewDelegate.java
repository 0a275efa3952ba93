package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordReview}: legal review's approval, or its reasons for sending back, go to the application. The
 * reasons stay in {@code sendBackReasons} until the redraft is saved, so the drafting form can show them.
 */
@Component
class RecordReviewDelegate implements JavaDelegate {

	private final SpoApplications applications;

	RecordReviewDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.review(ProcessVariables.spoApplicationId(execution),
				ProcessVariables.caseReference(execution),
				REVIEW_DECISION.is(execution, "APPROVE"), SEND_BACK_REASONS.text(execution));
	}

}
