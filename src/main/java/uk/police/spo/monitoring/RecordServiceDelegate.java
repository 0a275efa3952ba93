package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordService}: the order was served (message {@code OrderServed} with {@code servedAt}). Sets what the
 * timers of the order in force need: {@code orderKind}, {@code fixedEnd} and {@code orderEndsOn} (ISO date or null).
 */
@Component
class RecordServiceDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordServiceDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProtectiveOrder order = orders.serve(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				SERVED_AT.instant(execution));
		execution.setVariable("orderKind", order.kind().name());
		execution.setVariable("fixedEnd", order.endsOn().isPresent());
		execution.setVariable("orderEndsOn", order.endsOn().map(Object::toString).orElse(null));
	}

}
