package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterFailureToNotify}: no notification by the end of the 3 days beginning with service
 * ({@code Event_FailureToNotify}) is an offence (s.11) from then; its id goes to {@code breachHandling} as
 * {@code breachId}, like a breach.
 */
@Component
class RegisterFailureToNotifyDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RegisterFailureToNotifyDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OffenceToHandle.handOver(execution,
				breaches.failedToNotify(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution)));
	}

}
