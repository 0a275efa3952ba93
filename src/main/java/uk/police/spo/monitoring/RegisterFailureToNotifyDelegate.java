package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RegisterFailureToNotify}: the s.11 offence the investigator recorded becomes a row of its own. */
@Component
class RegisterFailureToNotifyDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RegisterFailureToNotifyDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		breaches.failedToNotify(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				(String) CRIME_REFERENCE.value(execution), (String) FAILURE_ACTION_TAKEN.value(execution));
	}

}
