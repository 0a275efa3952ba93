package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

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
				COURT_OUTCOME.choice(execution, CourtOutcome.class), NEXT_HEARING_ON.date(execution))
			.ifPresent(next -> OutcomeChase.set(execution, next));
		execution.removeVariable(NEXT_HEARING_ON.key());
	}

}
