package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordAppealOutcome}: the Crown Court's {@code courtOutcome} on the appeal; a refusal ends the
 * application with {@code spoOutcome = APPEAL_REFUSED}.
 */
@Component
class RecordAppealOutcomeDelegate implements JavaDelegate {

	private final CourtDecisions court;

	RecordAppealOutcomeDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CourtOutcome outcome = COURT_OUTCOME.choice(execution, CourtOutcome.class);
		court.decided(ProcessVariables.spoApplicationId(execution), outcome, NEXT_HEARING_ON.date(execution));
		if (outcome == CourtOutcome.REFUSED) {
			execution.setVariable("spoOutcome", "APPEAL_REFUSED");
		}
		execution.removeVariable(NEXT_HEARING_ON.key());
	}

}
