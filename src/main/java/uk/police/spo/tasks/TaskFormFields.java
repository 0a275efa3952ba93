package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The field keys of a task's deployed Camunda Form: the only variables a submission of that task may carry. Without
 * this an officer's tool could submit any variable along with the form (a victim's phone number, say) and it would
 * sit in the engine and its history. Cached per process definition and task, since a deployed form never changes.
 */
@Component
class TaskFormFields {

	private final FormService forms;

	private final ObjectMapper json;

	private final Map<String, Optional<Set<String>>> byDefinitionAndTask = new ConcurrentHashMap<>();

	TaskFormFields(FormService forms, ObjectMapper json) {
		this.forms = forms;
		this.json = json;
	}

	/** Empty when the task has no Camunda Form; any other failure to read the form is the caller's error. */
	Optional<Set<String>> of(Task task) {
		return byDefinitionAndTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
				any -> read(task));
	}

	private Optional<Set<String>> read(Task task) {
		try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
			Set<String> keys = new HashSet<>();
			collectKeys(json.readTree(form).path("components"), keys);
			return Optional.of(Set.copyOf(keys));
		}
		catch (BadUserRequestException noForm) {
			// no form key or form ref (NotFoundException, its subclass: the form resource is missing)
			return Optional.empty();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The deployed form of " + task.getTaskDefinitionKey() + " is unreadable",
					unreadable);
		}
	}

	private static void collectKeys(JsonNode components, Set<String> keys) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collectKeys(component.path("components"), keys);
		}
	}

}
