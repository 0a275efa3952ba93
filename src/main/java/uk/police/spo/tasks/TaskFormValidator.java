package uk.police.spo.tasks;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The server's check of what one user task's form submits. It runs twice: in {@link TaskSubmissionGuard} before a
 * Tasklist or engine REST submission reaches the engine (so the caller gets a 400 naming the field), and as the
 * task's complete listener, so that no other path can complete the task with bad values.
 */
public interface TaskFormValidator extends TaskListener {

	/** The BPMN id of the user task this validator guards, e.g. {@code Task_ConfirmDetails}. */
	String taskDefinitionKey();

	/** Each problem as "field: message"; empty when the values are acceptable. */
	List<String> problems(Map<String, Object> values);

	@Override
	default void notify(DelegateTask task) {
		List<String> problems = problems(task.getVariables());
		if (!problems.isEmpty()) {
			throw new BadUserRequestException(String.join("; ", problems));
		}
	}

}
