package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.NOTIFICATION_MADE_ON;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterFalseNotification}: message {@code NotificationFoundFalse} says a notification of the case gave
 * information the defendant knew to be false, an offence (s.11) from when it was made; its id goes to
 * {@code breachHandling} as {@code breachId}. The message names the notification by the day it was made
 * ({@code notificationMadeOn}; the latest of that day), which it must once the case has more than one; without it,
 * the case's only notification (NotificationStateRules checks both before the message is taken).
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
		Optional<LocalDate> day = Optional.ofNullable(NOTIFICATION_MADE_ON.date(execution));
		UUID breachId = breaches.falseNotification(caseId, ProcessVariables.orderId(execution),
				orders.notificationFoundFalseAt(caseId, day));
		// the message's day names this notification only: a later message names its own
		execution.removeVariable(NOTIFICATION_MADE_ON.key());
		OffenceToHandle.handOver(execution, breachId);
	}

}
