package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordDischarge}: the court's decision on a discharge; a granted one ends the order (DISCHARGED). */
@Component
class RecordDischargeDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordDischargeDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.discharge(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				DISCHARGE_APPLICANT.choice(execution, Applicant.class), DISCHARGE_DECISION.is(execution, "GRANTED"),
				DISCHARGE_DECIDED_ON.date(execution));
	}

}
