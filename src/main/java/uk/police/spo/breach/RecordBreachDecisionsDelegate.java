package uk.police.spo.breach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.Answer;

/** {@code Task_RecordBreachDecisions}: the breach's crime reference and the arrest and charge decisions. */
@Component
class RecordBreachDecisionsDelegate implements JavaDelegate {

	static final Answer CRIME_REFERENCE = Answer.field("crimeReference", "breach-record-offence");

	static final Answer ARREST_DECISION = Answer.field("arrestDecision", "breach-arrest-and-charge");

	static final Answer CHARGE_DECISION = Answer.field("chargeDecision", "breach-arrest-and-charge");

	private final BreachRecords breaches;

	RecordBreachDecisionsDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		breaches.decided(ProcessVariables.breachId(execution), (String) CRIME_REFERENCE.value(execution),
				(String) ARREST_DECISION.value(execution), (String) CHARGE_DECISION.value(execution));
	}

}
