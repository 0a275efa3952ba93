package uk.police.spo.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.spo.support.FormAnswers;

/**
 * An officer working a case's task through engine REST, as Tasklist does: finds the task by the case reference and
 * task key, reads its deployed Camunda Form, fills every required field as {@link FormAnswers} does and the given
 * answers, and submits the form.
 */
final class RestTaskWorker {

	private final Api api;

	private final Api.Login officer;

	RestTaskWorker(Api api, Api.Login officer) {
		this.api = api;
		this.officer = officer;
	}

	/** Submits the case's open task {@code taskKey}; returns when engine REST has answered 204. */
	void complete(String reference, String taskKey, Map<String, Object> answers) throws Exception {
		String taskId = awaitTask(reference, taskKey);
		JsonNode form = api.json(api.get("/engine-rest/task/" + taskId + "/deployed-form", officer), 200);
		Map<String, Object> values = new LinkedHashMap<>();
		FormAnswers.required(form.path("components"), values);
		values.putAll(answers);
		Map<String, Object> typed = new HashMap<>();
		values.forEach((key, value) -> typed.put(key, FormAnswers.typed(value)));
		String body = Api.JSON.writeValueAsString(Map.of("variables", typed));
		// 409: an asynchronous step of the same case committed first and nothing was saved; an officer sends it again
		for (int attempt = 0; attempt < 20; attempt++) {
			var answer = api.post("/engine-rest/task/" + taskId + "/submit-form", body, officer);
			if (answer.statusCode() != 409) {
				api.json(answer, 204);
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(taskKey + " of " + reference + " kept changing meanwhile");
	}

	/** The id of the case's open task {@code taskKey}, waiting up to 60 s for it to appear (asynchronous steps before it may still run). */
	String awaitTask(String reference, String taskKey) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			JsonNode tasks = api.json(api.get("/engine-rest/task?processInstanceBusinessKey=" + reference
					+ "&taskDefinitionKey=" + taskKey, officer), 200);
			if (tasks.size() == 1) {
				return tasks.get(0).path("id").asText();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("No open " + taskKey + " for " + reference);
	}

}
