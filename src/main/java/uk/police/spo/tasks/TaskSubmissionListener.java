package uk.police.spo.tasks;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import uk.police.spo.tasks.DeployedForms.TaskRef;

/**
 * Runs {@link TaskSubmissionCheck} when any user task completes, whoever completes it (Tasklist, engine REST, a Java
 * caller), with the variables the task then sees; a refusal rolls the completion back and the task stays open.
 */
class TaskSubmissionListener implements TaskListener {

	// looked up when a task completes: the engine is built before the beans the rules use
	private final Function<ProcessEngineServices, TaskSubmissionCheck> check;

	TaskSubmissionListener(Function<ProcessEngineServices, TaskSubmissionCheck> check) {
		this.check = check;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> problems = check.apply(task.getProcessEngineServices())
			.problems(new TaskRef(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
					task.getVariables());
		if (!problems.isEmpty()) {
			throw new BadUserRequestException(String.join("; ", problems));
		}
	}

}
