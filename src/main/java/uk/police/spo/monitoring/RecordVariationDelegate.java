package uk.police.spo.monitoring;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordVariation}: the court's decision on a variation. The varied terms themselves are kept by the
 * orders capability (each with why it is necessary); this records the application and its outcome.
 */
@Component
class RecordVariationDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordVariationDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.variation(execution.getVariable("caseId"), execution.getVariable("orderId"),
				Applicant.valueOf((String) execution.getVariable("variationApplicant")),
				"GRANTED".equals(execution.getVariable("variationDecision")),
				LocalDate.parse((String) execution.getVariable("variationDecidedOn")));
	}

}
