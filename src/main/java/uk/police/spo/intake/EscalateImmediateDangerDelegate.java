package uk.police.spo.intake;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * {@code Task_EscalateImmediateDanger}: nobody answered the immediate-danger task within 15 minutes. The task goes to
 * the top of every supervisor's queue (Tasklist sorts by priority) and the case timeline shows the lapse.
 */
@Component
public class EscalateImmediateDangerDelegate implements JavaDelegate {

	static final int TOP_PRIORITY = 100;

	private final CaseRecords records;

	EscalateImmediateDangerDelegate(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		for (Task task : tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey("Task_RespondToImmediateDanger")
			.list()) {
			tasks.setPriority(task.getId(), TOP_PRIORITY);
		}
		records.record(execution.getVariable("caseId"), "DANGER_ESCALATED",
				"Immediate-danger task not answered within 15 minutes: escalated to the top of the supervisors' queue");
	}

}
