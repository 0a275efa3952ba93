package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/** A task submission carries its form's fields and nothing else: no stray variable reaches the engine. */
class TaskFormSubmissionTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void aVariableThatIsNotOnTheTasksFormIsRefusedAndNothingIsStored() {
		Task confirmDetails = tasks.createTaskQuery().processInstanceBusinessKey(TestCases.report(http, TestCases.NORTH_ADDRESS)).singleResult();
		Map<String, Object> withStray = Map.of("variables",
				Map.of("detailsConfirmed", value(true), "safeContactMethod", value("PHONE"), "victimPhone",
						value("07700 900999")));

		ResponseEntity<Map> refused = submit(confirmDetails, withStray);
		ResponseEntity<Map> refusedByName = http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/engine/default/task/" + confirmDetails.getId() + "/submit-form",
					TestCases.json(withStray), Map.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refusedByName.getStatusCode()).as("engine REST's named-engine path").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("victimPhone: is not a field of this task's form")
			.doesNotContain("07700");
		assertThat(tasks.createTaskQuery().taskId(confirmDetails.getId()).singleResult()).as("still open").isNotNull();
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(confirmDetails.getProcessInstanceId())
			.variableName("victimPhone")
			.count()).isZero();

		ResponseEntity<Map> accepted = submit(confirmDetails,
				Map.of("variables", Map.of("detailsConfirmed", value(true), "safeContactMethod", value("PHONE"))));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private ResponseEntity<Map> submit(Task task, Map<String, Object> body) {
		return http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", TestCases.json(body), Map.class);
	}

	private static Map<String, Object> value(Object value) {
		return Map.of("value", value);
	}

}
