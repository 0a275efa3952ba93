package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterLateChangeNotification}: a change notified after its 3 days is an offence (s.11) from the end of
 * those days; its id goes to {@code breachHandling} as {@code breachId}.
 */
@Component
class RegisterLateChangeNotificationDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RegisterLateChangeNotificationDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID breachId = breaches.changeNotifiedLate(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				MonitoringSchedule.changeNotificationDue(CHANGED_ON.date(execution)));
		OffenceToHandle.handOver(execution, breachId);
	}

}
