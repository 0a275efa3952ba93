package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReview}: what {@code Task_ReviewOrder} found, with how the victim was contacted. */
@Component
class RecordOrderReviewDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordOrderReviewDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.reviewed(execution.getVariable("caseId"), execution.getVariable("orderId"),
				(String) execution.getVariable("victimContact"), (String) execution.getVariable("orderCompliance"));
	}

}
