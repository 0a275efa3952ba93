package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.NOTIFICATION_MADE_ON;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import uk.police.spo.messages.MessageStateRules;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.system.ProcessVariables;

/**
 * A change of name or address, or a notification found false, needs a first notification: until the defendant has
 * notified after service (for this order or, when a full order replaced an interim one, for that one) there is nothing
 * to change or to find false, and the missing notification is the failure to notify. A change is taken one at a time:
 * its day and time wait in the process until its acknowledgement is recorded. A notification found false must be
 * named by its day once there are several.
 */
@Component
class NotificationStateRules implements MessageStateRules {

	static final String CHANGE = ProcessMessages.CHANGE_NOTIFICATION_RECEIVED;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final MonitoredOrders orders;

	NotificationStateRules(RuntimeService runtime, TaskService tasks, MonitoredOrders orders) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.orders = orders;
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

	/**
	 * A notification found false is named by the day it was made ({@code notificationMadeOn}) once the case has more
	 * than one; a day given must be one on which the case had a notification.
	 */
	@Override
	public List<String> problems(String messageName, String processInstanceId, Map<String, Object> variables) {
		if (!ProcessMessages.NOTIFICATION_FOUND_FALSE.equals(messageName)) {
			return List.of();
		}
		List<LocalDate> days = orders.notificationDays(ProcessVariables
			.caseIdIn(runtime.getVariables(processInstanceId, List.of(ProcessVariables.CASE_ID)))
			.orElseThrow(() -> new IllegalStateException("An order's monitoring without its case")));
		String key = NOTIFICATION_MADE_ON.key();
		if (!(NOTIFICATION_MADE_ON.in(variables) instanceof String day)) {
			return days.size() > 1 ? List.of(key + ": the case has " + days.size() + " notifications (made on "
					+ days.stream().map(LocalDate::toString).distinct().toList()
					+ "); give the day the one found false was made") : List.of();
		}
		return days.contains(LocalDate.parse(day)) ? List.of()
				: List.of(key + ": the case has no notification made on " + day + " (UK time)");
	}

}
