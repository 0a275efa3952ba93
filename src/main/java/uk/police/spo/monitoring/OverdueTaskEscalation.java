package uk.police.spo.monitoring;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * The {@code Task_Escalate...} service tasks: a wait's non-interrupting deadline timer fired. Supervisors become a
 * candidate group of the overdue task (they see it in their queue and can work it) and the case timeline says so. A
 * wait that is not a user task (awaiting service) is escalated on the timeline only.
 */
@Component
class OverdueTaskEscalation implements JavaDelegate {

	static final String SUPERVISORS = "supervisors";

	private final CaseRecords records;

	OverdueTaskEscalation(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Activity overdue = overdueActivity((FlowNode) execution.getBpmnModelElementInstance());
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(overdue.getId())
			.list()
			.forEach(task -> tasks.addCandidateGroup(task.getId(), SUPERVISORS));
		records.record(execution.getVariable("caseId"), "TASK_ESCALATED",
				"Overdue, escalated to supervisors: " + overdue.getName());
	}

	private static Activity overdueActivity(FlowNode escalation) {
		FlowNode timer = escalation.getPreviousNodes().singleResult();
		if (!(timer instanceof BoundaryEvent boundary)) {
			throw new IllegalStateException(escalation.getId() + " must follow a deadline timer on the overdue task");
		}
		return boundary.getAttachedTo();
	}

}
