package uk.police.spo.tasks;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.security.SpoGroups;
import uk.police.spo.system.Escalation;
import uk.police.spo.system.ProcessVariables;

/**
 * Every {@code Task_Escalate...} service task of every process: the non-interrupting deadline timer it follows has
 * fired on the activity it is attached to. Each open user task of that activity (the task itself, or the tasks inside
 * a sub-process) is offered to {@code supervisors} as well and gets the highest priority, so it heads every queue it
 * is in, and its name starts with {@value #NAME_LABEL}; the officers' group keeps it. A wait that is not a user task (a court answer, service on the defendant) is
 * escalated on the case timeline only, which supervisors watch.
 */
@Component
public class EscalateOverdueTaskDelegate implements JavaDelegate {

	public static final int ESCALATED_PRIORITY = Escalation.PRIORITY;

	public static final String TIMELINE_KIND = "TASK_ESCALATED";

	public static final String NAME_LABEL = Escalation.NAME_LABEL;

	private final CaseRecords records;

	public EscalateOverdueTaskDelegate(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FlowNode escalation = (FlowNode) execution.getBpmnModelElementInstance();
		Activity overdue = overdueActivity(escalation);
		// definitions deployed before 2026-12-01 joined two timers into one escalation: all the instance's open tasks
		Set<String> userTasks = overdue == null ? null : userTasksOf(overdue);
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
			if (userTasks == null || userTasks.contains(task.getTaskDefinitionKey())) {
				escalate(tasks, task);
			}
		}
		records.record(ProcessVariables.caseId(execution), TIMELINE_KIND,
				"Overdue, escalated to supervisors: " + (overdue == null ? escalation.getName() : overdue.getName()));
	}

	private static void escalate(TaskService tasks, Task task) {
		if (tasks.getIdentityLinksForTask(task.getId()).stream().noneMatch(EscalateOverdueTaskDelegate::supervisors)) {
			tasks.addCandidateGroup(task.getId(), SpoGroups.SUPERVISORS);
		}
		task.setPriority(ESCALATED_PRIORITY);
		if (task.getName() != null && !task.getName().startsWith(NAME_LABEL)) {
			task.setName(NAME_LABEL + task.getName());
		}
		tasks.saveTask(task);
	}

	private static boolean supervisors(IdentityLink link) {
		return IdentityLinkType.CANDIDATE.equals(link.getType()) && SpoGroups.SUPERVISORS.equals(link.getGroupId());
	}

	/** The activity whose deadline timer leads here, or null when the escalation does not follow exactly one. */
	private static Activity overdueActivity(FlowNode escalation) {
		if (escalation.getPreviousNodes().count() == 1
				&& escalation.getPreviousNodes().singleResult() instanceof BoundaryEvent boundary) {
			return boundary.getAttachedTo();
		}
		return null;
	}

	private static Set<String> userTasksOf(Activity overdue) {
		if (overdue instanceof SubProcess subProcess) {
			return subProcess.getChildElementsByType(UserTask.class)
				.stream()
				.map(UserTask::getId)
				.collect(Collectors.toSet());
		}
		return overdue instanceof UserTask ? Set.of(overdue.getId()) : Set.of();
	}

}
