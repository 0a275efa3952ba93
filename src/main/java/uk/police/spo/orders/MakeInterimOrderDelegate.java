package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_MakeInterimOrder}: the interim order with the drafted terms; sets {@code interimOrderId}. */
@Component
class MakeInterimOrderDelegate implements JavaDelegate {

	private final CourtDecisions court;

	MakeInterimOrderDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ProcessVariables.INTERIM_ORDER_ID,
				court.grantInterim(ProcessVariables.spoApplicationId(execution),
						ProcessVariables.caseReference(execution),
						ORDER_ENDS_ON.date(execution))
					.toString());
		execution.removeVariables(List.of(ORDER_ENDS_ON.key(), UNTIL_FURTHER_ORDER.key()));
	}

}
