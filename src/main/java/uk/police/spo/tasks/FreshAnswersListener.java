package uk.police.spo.tasks;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import uk.police.spo.tasks.DeployedForms.TaskRef;

/**
 * Runs as any user task is created: every field in which its form records what the officer did or decided starts
 * empty, whatever the process holds. The same variables may hold an earlier answer (one form used by two tasks, a task
 * in a loop, a value passed in from another process), and a box already ticked lets a task be completed without the
 * work being done. A field the form marks {@code prefilled} keeps its value ({@link FormField#startsEmpty()}).
 */
class FreshAnswersListener implements TaskListener {

	// looked up when a task is created: the engine is built before the beans the forms are read with
	private final Function<ProcessEngineServices, DeployedForms> forms;

	FreshAnswersListener(Function<ProcessEngineServices, DeployedForms> forms) {
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		if (execution == null || !DeployedForms.declaresForm(task)) {
			return;
		}
		for (String key : answerKeys(task)) {
			if (execution.getVariable(key) != null) {
				execution.setVariable(key, null);
			}
		}
	}

	/**
	 * Read as the engine itself: whoever caused this task (an officer completing the one before, a job) may not yet be
	 * allowed to read it, since its unit's grants are added by listeners that run after this one.
	 */
	private List<String> answerKeys(DelegateTask task) {
		IdentityService identity = task.getProcessEngineServices().getIdentityService();
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return forms.apply(task.getProcessEngineServices())
				.of(new TaskRef(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey()))
				.map(FormContract::answerKeys)
				.orElse(List.of());
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

}
