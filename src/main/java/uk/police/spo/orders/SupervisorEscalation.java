package uk.police.spo.orders;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;

/**
 * Every {@code Task_Escalate...} of {@code spoApplication}: a wait ran past its deadline. The application's open task,
 * if any, is offered to {@code supervisors} as well, and the timeline says what is overdue (the escalation task's name),
 * so a supervisor can act or chase the court.
 */
@Component
class SupervisorEscalation implements JavaDelegate {

	static final String SUPERVISORS = "supervisors";

	private final CaseRecords cases;

	SupervisorEscalation(CaseRecords cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.list()
			.stream()
			.filter(task -> tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.noneMatch(SupervisorEscalation::supervisors))
			.forEach(task -> tasks.addCandidateGroup(task.getId(), SUPERVISORS));
		cases.record(execution.getVariable("caseId"), "ESCALATED_TO_SUPERVISORS", execution.getCurrentActivityName());
	}

	private static boolean supervisors(IdentityLink link) {
		return IdentityLinkType.CANDIDATE.equals(link.getType()) && SUPERVISORS.equals(link.getGroupId());
	}

}
