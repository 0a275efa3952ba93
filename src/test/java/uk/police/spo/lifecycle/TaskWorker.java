package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.FormAnswers;

/**
 * Works a case's open task as Tasklist does: reads the task's deployed Camunda Form through engine REST, fills every
 * required field (first choice, a checked box, a short text) plus the given values, and posts it to
 * {@code submit-form} as a demo user of the task's candidate group.
 */
public class TaskWorker {

	static final Map<String, String> USER_OF_GROUP = Map.of("triage-officers", "triage", "investigators", "investigator",
			"supervisors", "supervisor", "legal-advisers", "legal", "offender-managers", "offender");

	private final TestRestTemplate http;

	private final TaskService tasks;

	public TaskWorker(TestRestTemplate http, TaskService tasks) {
		this.http = http;
		this.tasks = tasks;
	}

	/** The one open task of the case with this definition key; fails when there is none or more than one. */
	public Task open(String reference, String taskKey) {
		List<Task> open = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(open).as("open " + taskKey + " of " + reference).hasSize(1);
		return open.get(0);
	}

	/** Completes the task as a demo user of its first candidate group and returns that group. */
	public String complete(String reference, String taskKey, Map<String, Object> values) {
		Task task = open(reference, taskKey);
		String group = candidateGroups(task).stream().filter(USER_OF_GROUP::containsKey).findFirst().orElseThrow();
		submit(task, USER_OF_GROUP.get(group), values);
		return group;
	}

	/** Every candidate group of the task, roles and any other. */
	List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/** Submits the task's deployed form as {@code user}: its required fields filled, then {@code values}. */
	void submit(Task task, String user, Map<String, Object> values) {
		JsonNode form = http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/task/" + task.getId() + "/deployed-form", JsonNode.class);
		assertThat(form.path("components").isArray()).as(task.getTaskDefinitionKey() + " deployed form read by " + user)
			.isTrue();
		answersStartEmpty(task, user, form);
		Map<String, Object> variables = new LinkedHashMap<>();
		FormAnswers.required(form.path("components"), variables);
		variables.putAll(values);
		Map<String, Object> typed = new HashMap<>();
		variables.forEach((key, value) -> typed.put(key, FormAnswers.typed(value)));
		ResponseEntity<String> answer = http.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed), String.class);
		assertThat(answer.getStatusCode().value())
			.as(task.getTaskDefinitionKey() + " submitted by " + user + ": " + answer.getBody())
			.isEqualTo(204);
	}

	/**
	 * As Tasklist opens the task: no field in which the officer records what they did or decided holds a value yet
	 * (only a field the form marks {@code prefilled} may).
	 */
	private void answersStartEmpty(Task task, String user, JsonNode form) {
		JsonNode shown = http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/task/" + task.getId() + "/form-variables", JsonNode.class);
		List<String> given = new java.util.ArrayList<>();
		answerKeys(form.path("components"), given);
		List<String> preset = given.stream().filter(key -> !shown.path(key).path("value").isMissingNode()
				&& !shown.path(key).path("value").isNull()).toList();
		assertThat(preset).as(task.getTaskDefinitionKey() + " opens with answers already given").isEmpty();
	}

	private static void answerKeys(JsonNode components, List<String> keys) {
		for (JsonNode component : components) {
			answerKeys(component.path("components"), keys);
			if (component.hasNonNull("key") && !"text".equals(component.path("type").asText())
					&& component.path("properties").path("prefilled").isMissingNode()) {
				keys.add(component.path("key").asText());
			}
		}
	}

}
