package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import uk.police.spo.system.ProcessMessages;

/**
 * One court application of a kind at a time for an order: a {@code VariationRequested} while the order's variation
 * application is still before the court (its preparation or its decision an open task) is refused, and so is a
 * {@code DischargeRequested} while a discharge application is. A discharge may be asked for while a variation is
 * pending (it supersedes the variation); a variation while a discharge is pending stays allowed as before.
 * <p>
 * The model calls this as the start listener of the request's boundary event, so even a message correlated straight
 * through the engine cannot open a second application: the correlation fails and nothing is changed. The message API
 * asks {@link #alreadyBeforeTheCourt} first, to answer 409 before the engine is touched.
 */
public class PendingCourtApplication implements ExecutionListener {

	/** The open tasks that mean an application of the message's kind is before the court. */
	static final Map<String, List<String>> PENDING_TASKS = Map.of(ProcessMessages.VARIATION_REQUESTED,
			List.of("Task_PrepareVariationApplication", "Task_RecordVariationOutcome"), ProcessMessages.DISCHARGE_REQUESTED,
			List.of("Task_PrepareDischargeApplication", "Task_RecordDischargeOutcome"));

	private static final Map<String, String> KIND = Map.of(ProcessMessages.VARIATION_REQUESTED, "variation", ProcessMessages.DISCHARGE_REQUESTED,
			"discharge");

	/** Why the monitoring instance cannot take the message now, or empty when it can. */
	public static Optional<String> alreadyBeforeTheCourt(TaskService tasks, String processInstanceId,
			String messageName) {
		List<String> pending = PENDING_TASKS.get(messageName);
		if (pending == null || tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKeyIn(pending.toArray(String[]::new))
			.count() == 0) {
			return Optional.empty();
		}
		String kind = KIND.get(messageName);
		return Optional.of("a " + kind + " application for this order is already before the court; a new " + kind
				+ " can be requested once the court has decided it");
	}

	@Override
	public void notify(DelegateExecution execution) {
		String messageName = switch (execution.getCurrentActivityId()) {
			case "Event_VariationRequested" -> ProcessMessages.VARIATION_REQUESTED;
			case "Event_DischargeRequested" -> ProcessMessages.DISCHARGE_REQUESTED;
			default -> throw new IllegalStateException(
					"PendingCourtApplication listens on the request events only, not " + execution.getCurrentActivityId());
		};
		alreadyBeforeTheCourt(execution.getProcessEngineServices().getTaskService(), execution.getProcessInstanceId(),
				messageName)
			.ifPresent(reason -> {
				throw new MismatchingMessageCorrelationException(messageName, reason);
			});
	}

}
