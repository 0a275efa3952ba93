package uk.police.spo.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordOutcome}: the magistrates' (or youth) court's {@code courtOutcome} goes on its hearing; after an
 * adjournment the next hearing's date moves the chase timer.
 */
@Component
class RecordOutcomeDelegate implements JavaDelegate {

	private final CourtDecisions court;

	RecordOutcomeDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		court.decided(ProcessVariables.spoApplicationId(execution),
				CourtOutcome.valueOf((String) execution.getVariable("courtOutcome")),
				CourtMessageRules.date(execution.getVariable("nextHearingOn")))
			.ifPresent(next -> OutcomeChase.set(execution, next));
		execution.removeVariable("nextHearingOn");
	}

}
