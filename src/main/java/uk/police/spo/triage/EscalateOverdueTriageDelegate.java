package uk.police.spo.triage;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.police.spo.security.SpoGroups;

/**
 * {@code Task_EscalateOverdueTriage}: triage's open task is past its deadline, so supervisors see it in their queue as
 * well (the triage officers keep it) and the timeline says so. Triage carries on; nothing waits for a supervisor.
 */
@Component("escalateOverdueTriage")
class EscalateOverdueTriageDelegate implements JavaDelegate {

	private final TaskService tasks;

	private final TriageRecords records;

	EscalateOverdueTriageDelegate(TaskService tasks, TriageRecords records) {
		this.tasks = tasks;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
		open.forEach(task -> tasks.addCandidateGroup(task.getId(), SpoGroups.SUPERVISORS));
		records.overdue(execution.getVariable("caseId"), open.stream().map(Task::getTaskDefinitionKey).toList());
	}

}
