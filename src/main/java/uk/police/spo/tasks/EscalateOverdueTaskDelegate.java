package uk.police.spo.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * The service tasks behind deadline timers ({@code Task_Escalate...}): the task named by the input parameter
 * {@code overdueTask} gets the highest priority, so it heads every queue it is in (Tasklist sorts by priority), and the
 * case timeline tells supervisors it is overdue. The task keeps its candidate groups.
 */
@Component
public class EscalateOverdueTaskDelegate implements JavaDelegate {

	public static final int ESCALATED_PRIORITY = 100;

	private final TaskService tasks;

	private final CaseRecords records;

	public EscalateOverdueTaskDelegate(TaskService tasks, CaseRecords records) {
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
