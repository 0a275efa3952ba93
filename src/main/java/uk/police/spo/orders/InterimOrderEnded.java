package uk.police.spo.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.police.spo.system.ProcessMessages;

/**
 * Tells the interim order's monitoring (same business key) that the order has ended. Nobody may be waiting (no
 * monitoring started yet, or it has finished): that is not an error.
 */
final class InterimOrderEnded {

	static final String MESSAGE = ProcessMessages.INTERIM_ORDER_ENDED;

	private InterimOrderEnded() {
	}

	static void correlate(DelegateExecution execution) {
		execution.getProcessEngineServices()
			.getRuntimeService()
			.createMessageCorrelation(MESSAGE)
			.processInstanceBusinessKey(execution.getBusinessKey())
			.correlateAll();
	}

}
