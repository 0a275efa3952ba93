package uk.police.spo.monitoring;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import uk.police.spo.messages.MessageStateRules;
import uk.police.spo.system.ProcessMessages;

/**
 * A change of name or address, or a notification found false, needs a first notification: until the defendant has
 * notified after service (for this order or, when a full order replaced an interim one, for that one) there is nothing
 * to change or to find false, and the missing notification is the failure to notify. A change is taken one at a time:
 * its day and time wait in the process until its acknowledgement is recorded.
 */
@Component
class NotificationStateRules implements MessageStateRules {

	static final String CHANGE = ProcessMessages.CHANGE_NOTIFICATION_RECEIVED;

	private final RuntimeService runtime;

	private final TaskService tasks;

	NotificationStateRules(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Override
	public Set<String> messageNames() {
		return Set.of(CHANGE, ProcessMessages.NOTIFICATION_FOUND_FALSE);
	}

	@Override
	public Optional<String> refusal(String messageName, String processInstanceId) {
		boolean notified = Boolean.TRUE.equals(runtime.getVariable(processInstanceId, "notificationMade"))
				|| Boolean.TRUE.equals(runtime.getVariable(processInstanceId, "notificationAlreadyMade"));
		if (!notified) {
			return Optional.of("the defendant has not yet made the first notification after service");
		}
		boolean changeAwaitingAcknowledgement = tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("Task_AcknowledgeChangeNotification")
			.count() > 0;
		if (CHANGE.equals(messageName) && changeAwaitingAcknowledgement) {
			return Optional.of("the change notified before is not yet acknowledged; record its acknowledgement first");
		}
		return Optional.empty();
	}

}
