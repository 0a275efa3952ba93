package uk.police.spo.monitoring;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterVerificationRefused} (after a first notification) and {@code Task_RegisterChangeVerificationRefused}
 * (after a change): the defendant refused the fingerprints or photograph the acknowledgement records as asked for
 * (s.10(5)), an offence (s.11(1)(a)) from when the notification was made; its id goes to {@code breachHandling} as
 * {@code breachId}.
 */
@Component
class RegisterVerificationRefusedDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	private final BreachRecords breaches;

	RegisterVerificationRefusedDelegate(MonitoredOrders orders, BreachRecords breaches) {
		this.orders = orders;
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID orderId = ProcessVariables.orderId(execution);
		UUID breachId = breaches.verificationRefused(ProcessVariables.caseId(execution), orderId,
				orders.lastNotificationAt(orderId));
		OffenceToHandle.handOver(execution, breachId);
	}

}
