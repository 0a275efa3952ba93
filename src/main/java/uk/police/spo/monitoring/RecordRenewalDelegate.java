package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordRenewal}: the court's decision on the force's renewal application. A renewal moves the end date,
 * so {@code fixedEnd} and {@code orderEndsOn} are set again for the renewal and expiry timers that follow.
 */
@Component
class RecordRenewalDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordRenewalDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean granted = RENEWAL_DECISION.is(execution, "GRANTED");
		LocalDate newEnd = granted && !RENEWED_UNTIL_FURTHER_ORDER.yes(execution) ? RENEWED_ENDS_ON.date(execution) : null;
		ProtectiveOrder order = orders.renewal(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				granted, RENEWAL_DECIDED_ON.date(execution), newEnd);
		execution.setVariable("fixedEnd", order.endsOn().isPresent());
		execution.setVariable("orderEndsOn", order.endsOn().map(Object::toString).orElse(null));
	}

}
