package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.orders.TermSlots;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordVariation}: the court's decision on a variation. A granted variation replaces the order's terms
 * with the varied ones (the replaced terms stay on record as superseded); the wording then leaves the process
 * variables.
 */
@Component
class RecordVariationDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordVariationDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean granted = VARIATION_DECISION.is(execution, "GRANTED");
		orders.variation(ProcessVariables.caseId(execution), ProcessVariables.caseReference(execution),
				ProcessVariables.orderId(execution), VARIATION_APPLICANT.choice(execution, Applicant.class),
				granted, VARIATION_DECIDED_ON.date(execution),
				granted ? TermSlots.read(execution::getVariable) : List.of());
		execution.removeVariables(TermSlots.variables());
	}

}
