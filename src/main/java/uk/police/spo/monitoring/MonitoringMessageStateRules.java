package uk.police.spo.monitoring;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import uk.police.spo.messages.MessageStateRules;

/** A variation or discharge request while an application of its kind is before the court ({@link PendingCourtApplication}). */
@Component
class MonitoringMessageStateRules implements MessageStateRules {

	private final TaskService tasks;

	MonitoringMessageStateRules(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public Set<String> messageNames() {
		return PendingCourtApplication.PENDING_TASKS.keySet();
	}

	@Override
	public Optional<String> refusal(String messageName, String processInstanceId) {
		return PendingCourtApplication.alreadyBeforeTheCourt(tasks, processInstanceId, messageName);
	}

}
