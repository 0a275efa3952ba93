package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordAppealDecision}: the decision on appeal and its reasoning go to the application. */
@Component
class RecordAppealDecisionDelegate implements JavaDelegate {

	private final SpoApplications applications;

	RecordAppealDecisionDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.decideOnAppeal(ProcessVariables.spoApplicationId(execution),
				ProcessVariables.caseReference(execution), APPEAL.yes(execution),
				APPEAL_REASONING.text(execution));
		execution.removeVariable(APPEAL_REASONING.key());
	}

}
