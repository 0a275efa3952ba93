package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form each task was deployed with, read through the engine's public {@link FormService} (what engine
 * REST's {@code GET /task/{id}/deployed-form} answers) and parsed once. Forms are deployed with their processes and
 * bound to their deployment, so a process definition's forms never change: the cache is keyed by process definition
 * and task key.
 */
@Component
class DeployedForms {

	private final FormService forms;

	private final Map<String, Optional<FormContract>> byDefinitionAndTask = new ConcurrentHashMap<>();

	DeployedForms(FormService forms) {
		this.forms = forms;
	}

	/**
	 * Whether the task's model names a form. Asked first inside the engine's own commands: there, asking for a form the
	 * task does not have fails a nested command, which marks the whole transaction for rollback even when caught.
	 */
	static boolean declaresForm(DelegateTask task) {
		UserTask model = task.getBpmnModelElementInstance();
		return model == null || model.getCamundaFormRef() != null || model.getCamundaFormKey() != null;
	}

	/** Empty when the task has no Camunda Form; a form that cannot be read is the caller's error. */
	Optional<FormContract> of(TaskRef task) {
		return byDefinitionAndTask.computeIfAbsent(task.processDefinitionId() + "/" + task.taskDefinitionKey(),
				any -> read(task));
	}

	private Optional<FormContract> read(TaskRef task) {
		try (InputStream form = forms.getDeployedTaskForm(task.id())) {
			return Optional.of(FormContract.read(form));
		}
		catch (BadUserRequestException noForm) {
			// no form key or form ref (NotFoundException, its subclass: the form resource is missing)
			return Optional.empty();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The deployed form of " + task.taskDefinitionKey() + " is unreadable",
					unreadable);
		}
	}

	/** The parts of a task (runtime {@code Task} or a listener's {@code DelegateTask}) that find its form. */
	record TaskRef(String id, String processDefinitionId, String taskDefinitionKey) {
	}

}
