package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordChangeNotification}: a change of name or home address notified in person
 * ({@code ChangeNotificationReceived} with {@code changedOn} and {@code notifiedAt}) and acknowledged in writing at
 * {@code Task_AcknowledgeChangeNotification}. Sets {@code changeNotifiedLate} for the gateway that follows.
 */
@Component
class RecordChangeNotificationDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordChangeNotificationDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate changedOn = CHANGED_ON.date(execution);
		StationNotification given = NotificationAnswers.read(execution);
		orders.changeNotified(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				CHANGE_NOTIFIED.choice(execution, ChangeNotified.class), changedOn, given);
		NotificationAnswers.forget(execution);
		execution.setVariable("changeNotifiedLate", MonitoringSchedule.changeNotifiedLate(changedOn, given.notifiedAt()));
	}

}
