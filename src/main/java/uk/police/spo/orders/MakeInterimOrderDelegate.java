package uk.police.spo.orders;

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
						CourtMessageRules.date(execution.getVariable("orderEndsOn")))
					.toString());
		execution.removeVariables(List.of("orderEndsOn", "untilFurtherOrder"));
	}

}
