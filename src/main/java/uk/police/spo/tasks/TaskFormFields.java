package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
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

	private final Map<String, Set<String>> byDefinitionAndTask = new ConcurrentHashMap<>();

	TaskFormFields(FormService forms, ObjectMapper json) {
		this.forms = forms;
		this.json = json;
	}

	/** Empty when the task has no Camunda Form to read. */
	Optional<Set<String>> of(Task task) {
		String cacheKey = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
		Set<String> cached = byDefinitionAndTask.get(cacheKey);
		if (cached != null) {
			return Optional.of(cached);
		}
		try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
			Set<String> keys = new HashSet<>();
			collectKeys(json.readTree(form).path("components"), keys);
			byDefinitionAndTask.put(cacheKey, Set.copyOf(keys));
			return Optional.of(keys);
		}
		catch (ProcessEngineException | IOException noForm) {
			return Optional.empty();
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
