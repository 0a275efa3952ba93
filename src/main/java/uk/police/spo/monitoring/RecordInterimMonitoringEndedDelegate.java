package uk.police.spo.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordInterimMonitoringEnded}: message {@code InterimOrderEnded}, the main application was decided.
 * Only the monitoring stops here; the orders capability ends the interim order (superseded or refused).
 */
@Component
class RecordInterimMonitoringEndedDelegate implements JavaDelegate {

	private final MonitoredOrders orders;

	RecordInterimMonitoringEndedDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.interimMonitoringEnded(ProcessVariables.caseId(execution));
	}

}
