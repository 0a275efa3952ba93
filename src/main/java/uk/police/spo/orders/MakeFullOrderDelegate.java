package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_MakeFullOrder}: the full order with the drafted terms, superseding an interim order still in force (whose
 * monitoring is then told by {@code InterimOrderEnded}); sets {@code fullOrderId} and {@code spoOutcome = FULL_GRANTED}.
 */
@Component
class MakeFullOrderDelegate implements JavaDelegate {

	private final CourtDecisions court;

	MakeFullOrderDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CourtDecisions.Grant grant = court.grantFull(ProcessVariables.spoApplicationId(execution),
				ProcessVariables.caseReference(execution), ORDER_ENDS_ON.date(execution),
				ProcessVariables.interimOrderId(execution).orElse(null));
		execution.setVariable("fullOrderId", grant.orderId().toString());
		execution.setVariable("spoOutcome", "FULL_GRANTED");
		execution.removeVariables(List.of(ORDER_ENDS_ON.key(), UNTIL_FURTHER_ORDER.key()));
		if (grant.interimEnded()) {
			InterimOrderEnded.correlate(execution);
		}
	}

}
