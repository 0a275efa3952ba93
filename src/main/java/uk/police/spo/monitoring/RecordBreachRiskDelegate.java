package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordBreachRisk}: the risk level {@code triageRisk} scored after the breach, and whether to vary. */
@Component
class RecordBreachRiskDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RecordBreachRiskDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		breaches.riskReassessed(execution.getVariable("breachId"), (String) execution.getVariable("riskLevel"),
				Boolean.TRUE.equals(execution.getVariable("variationNeeded")));
	}

}
