package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordNotification}: the defendant notified in person ({@code NotificationReceived} with
 * {@code notifiedAt}) and {@code Task_AcknowledgeNotification} acknowledged it in writing, with what was notified and
 * the fingerprints and photograph decision.
 */
@Component
class RecordNotificationDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordNotificationDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.notified(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				NotificationAnswers.read(execution));
		NotificationAnswers.forget(execution);
		// a full order replacing this (interim) order does not restart the duty: stalkingCase reads this
		execution.setVariable("notificationMade", true);
	}

}
