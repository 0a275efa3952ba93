package uk.police.spo.cases;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case's risk level changed after triage (a breach's reassessment): every other running process of the case
 * (same business key) gets the new {@code riskLevel} at its process instance scope, and every open task of theirs is
 * renamed the way {@link CaseTaskLabel} names it. Queues, the Tasklist "High risk" filter and the tasks created later
 * show the new level at once, not only when the call activities' out mappings hand it back at their end, which for an
 * order's monitoring can be years away.
 */
@Component
public class CaseRiskInProcesses {

	static final String RISK_LEVEL = "riskLevel";

	/** The reassessing process holds the level already; its own task is the one being completed. */
	public void spread(DelegateExecution reassessing, String riskLevel) {
		String reference = reassessing.getProcessBusinessKey();
		if (reference == null) {
			return;
		}
		String self = reassessing.getProcessInstanceId();
		RuntimeService runtime = reassessing.getProcessEngineServices().getRuntimeService();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
			if (!instance.getId().equals(self)) {
				runtime.setVariableLocal(instance.getId(), RISK_LEVEL, riskLevel);
			}
		}
		TaskService tasks = reassessing.getProcessEngineServices().getTaskService();
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).active().list()) {
			String name = CaseTaskLabel.withRisk(task.getName(), reference, riskLevel);
			if (!task.getProcessInstanceId().equals(self) && !name.equals(task.getName())) {
				task.setName(name);
				tasks.saveTask(task);
			}
		}
	}

}
