package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;
import uk.police.spo.tasks.FormViolations.Violation;

/**
 * For every form in forms/ and every constraint it declares, a submission through engine REST {@code submit-form}
 * that breaks the constraint is refused with 400 naming the field, and the task stays open; the form's valid
 * submission then completes it. Each form is deployed with a one-task process of its own (bound to its deployment,
 * as the real processes are), so that no task needs a case walked to it.
 */
class DeployedFormRefusalTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	static List<String> forms() {
		return FormViolations.formIds();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void aSubmissionBreakingAnyDeclaredConstraintIsRefusedAndTheTaskStaysOpen(String formId) throws IOException {
		FormViolations form = FormViolations.of(formId);
		List<Violation> violations = form.violations();
		String processKey = "formCheck-" + formId;
		Deployment deployment = repository.createDeployment()
			.name(processKey)
			.addModelInstance(processKey + ".bpmn", oneTask(processKey, formId))
			.addInputStream("forms/" + formId + ".form", Files.newInputStream(Path.of("forms", formId + ".form")))
			.deploy();
		try {
			String instance = runtime.startProcessInstanceByKey(processKey, form.processVariables).getId();
			Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
			SoftAssertions soft = new SoftAssertions();
			for (Violation violation : violations) {
				String what = formId + ": " + violation.field() + " breaking " + violation.constraint();
				ResponseEntity<Map> answer = submit(task, violation.values());
				soft.assertThat(answer.getStatusCode().value()).as(what).isEqualTo(400);
				soft.assertThat(answer.getBody()).as(what).containsEntry("type", "InvalidFormSubmission");
				soft.assertThat((String) answer.getBody().get("message")).as(what).contains(violation.label() + ": ");
				// for Tasklist's script: the field by its key and its form id, with the label and the message
				soft.assertThat((List<Map<String, Object>>) answer.getBody().get("fields")).as(what + ": fields")
					.anySatisfy(field -> {
						assertThat(field).containsEntry("key", violation.field()).containsEntry("label", violation.label())
							.containsKey("id");
						assertThat((String) field.get("message")).isNotBlank();
					});
				soft.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(what + ": still open").isOne();
			}
			soft.assertThat(submit(task, form.valid()).getStatusCode().value()).as(formId + " valid").isEqualTo(204);
			soft.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(formId + " completed").isZero();
			soft.assertAll();
		}
		finally {
			repository.deleteDeployment(deployment.getId(), true);
		}
	}

	private static BpmnModelInstance oneTask(String processKey, String formId) {
		return Bpmn.createExecutableProcess(processKey)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_CheckForm")
			.camundaFormRef(formId)
			.camundaFormRefBinding("deployment")
			.camundaCandidateGroups("triage-officers")
			.endEvent()
			.done();
	}

	private ResponseEntity<Map> submit(Task task, Map<String, Object> values) {
		Map<String, Object> typed = new HashMap<>();
		values.forEach((key, value) -> typed.put(key, Map.of("value", value, "type", type(value))));
		return http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
					TestCases.json(Map.of("variables", typed)), Map.class);
	}

	private static String type(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Long || value instanceof Integer) {
			return "Long";
		}
		return value instanceof Double ? "Double" : "String";
	}

}
