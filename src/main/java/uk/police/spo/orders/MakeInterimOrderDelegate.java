package uk.police.spo.orders;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MakeInterimOrder}: the interim order with the drafted terms; sets {@code interimOrderId}. */
@Component
class MakeInterimOrderDelegate implements JavaDelegate {

	private final CourtDecisions court;

	MakeInterimOrderDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("interimOrderId",
				court.grantInterim((String) execution.getVariable("spoApplicationId"),
						(String) execution.getVariable("caseReference"),
						CourtMessageRules.date(execution.getVariable("orderEndsOn")))
					.toString());
		execution.removeVariables(List.of("orderEndsOn", "untilFurtherOrder"));
	}

}
