package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordExpiry}: the fixed period is over; the order ends (EXPIRED). */
@Component
class RecordExpiryDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordExpiryDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.expired(execution.getVariable("caseId"), execution.getVariable("orderId"));
	}

}
