package uk.police.spo.monitoring;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterFalseNotification}: message {@code NotificationFoundFalse} says the case's latest notification
 * gave information the defendant knew to be false, an offence (s.11) from when it was made; its id goes to
 * {@code breachHandling} as {@code breachId}.
 */
@Component
class RegisterFalseNotificationDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	private final BreachRecords breaches;

	RegisterFalseNotificationDelegate(MonitoredOrders orders, BreachRecords breaches) {
		this.orders = orders;
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID caseId = ProcessVariables.caseId(execution);
		UUID breachId = breaches.falseNotification(caseId, ProcessVariables.orderId(execution),
				orders.latestNotificationAt(caseId));
		OffenceToHandle.handOver(execution, breachId);
	}

}
