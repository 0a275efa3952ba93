package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordExpiry}: the fixed period is over; the order ends (EXPIRED). */
@Component
class RecordExpiryDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordExpiryDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.expired(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution));
	}

}
