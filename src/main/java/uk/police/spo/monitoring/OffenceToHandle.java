package uk.police.spo.monitoring;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import uk.police.spo.system.ProcessVariables;

/**
 * Hands a recorded offence to {@code CallActivity_HandleBreach}. Each offence arrives on its own path out of
 * {@code SubProcess_OrderInForce} (a boundary event's execution), so its {@code breachId} is set on that path only:
 * offences handled at the same time each call {@code breachHandling} with their own id, and the order's monitoring
 * itself keeps none.
 */
final class OffenceToHandle {

	private OffenceToHandle() {
	}

	static void handOver(DelegateExecution path, UUID breachId) {
		path.setVariableLocal(ProcessVariables.BREACH_ID, breachId.toString());
	}

}
