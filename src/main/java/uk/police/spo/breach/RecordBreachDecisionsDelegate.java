package uk.police.spo.breach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordBreachDecisions}: the breach's crime reference and the arrest and charge decisions. */
@Component
class RecordBreachDecisionsDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RecordBreachDecisionsDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		breaches.decided(ProcessVariables.breachId(execution), (String) execution.getVariable("crimeReference"),
				(String) execution.getVariable("arrestDecision"), (String) execution.getVariable("chargeDecision"));
	}

}
