package uk.police.spo.investigation;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * The service tasks behind the investigation's deadline timers ({@code Task_Escalate...}): the task named by the
 * input parameter {@code overdueTask} gets the highest priority, and the case timeline tells supervisors it is
 * overdue. The task keeps its candidate group: the unit's authorization is granted per candidate group, and the
 * unit's supervisors may already open it.
 */
@Component
class EscalateOverdueTaskDelegate implements JavaDelegate {

	static final int ESCALATED_PRIORITY = 100;

	private final TaskService tasks;

	private final CaseRecords records;

	EscalateOverdueTaskDelegate(TaskService tasks, CaseRecords records) {
		this.tasks = tasks;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String overdueTask = (String) execution.getVariableLocal("overdueTask");
		for (Task task : tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(overdueTask)
			.list()) {
			tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
			records.record(execution.getVariable("caseId"), "TASK_OVERDUE",
					overdueTask + " is overdue; escalated to supervisors");
		}
	}

}
