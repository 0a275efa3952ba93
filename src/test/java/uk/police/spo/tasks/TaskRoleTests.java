package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.CamundaWebapps;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/** Within a unit, a task is worked by its role: another role of the same unit may see it but not work it. */
class TaskRoleTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Test
	void anOfficerOfTheUnitInAnotherRoleCannotClaimOrCompleteTheTaskThroughEngineRest() {
		Task confirmDetails = triageTaskOf(TestCases.report(http, TestCases.NORTH_ADDRESS));

		ResponseEntity<Map> claim = http.withBasicAuth("investigator", "demo")
			.postForEntity("/engine-rest/task/" + confirmDetails.getId() + "/claim", TestCases.json(Map.of("userId", "investigator")),
					Map.class);
		ResponseEntity<Map> submit = http.withBasicAuth("legal", "demo")
			.postForEntity("/engine-rest/task/" + confirmDetails.getId() + "/submit-form",
					TestCases.json(Map.of("variables", Map.of())), Map.class);

		assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(claim.getBody()).containsEntry("type", "AuthorizationException");
		assertThat((String) claim.getBody().get("message")).contains("triage-officers");
		assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> rename = http.withBasicAuth("investigator", "demo")
			.exchange("/engine-rest/task/" + confirmDetails.getId(), HttpMethod.PUT,
					TestCases.json(Map.of("name", "renamed")), Map.class);
		assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("investigator", "demo")
			.postForEntity("/engine-rest/engine/default/task/" + confirmDetails.getId() + "/comment/create",
					TestCases.json(Map.of("message", "noted")), Map.class)
			.getStatusCode()).as("engine REST's named-engine path").isEqualTo(HttpStatus.FORBIDDEN);
		Task unchanged = tasks.createTaskQuery().taskId(confirmDetails.getId()).singleResult();
		assertThat(unchanged).as("still open").isNotNull();
		assertThat(unchanged.getAssignee()).isNull();

		assertThat(http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/task/" + confirmDetails.getId() + "/claim", TestCases.json(Map.of("userId", "triage")),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(confirmDetails.getId()).singleResult().getAssignee()).isEqualTo("triage");
	}

	@Test
	void aSupervisorOfTheUnitMayWorkAnyOfItsTasks() {
		Task confirmDetails = triageTaskOf(TestCases.report(http, TestCases.NORTH_ADDRESS));

		assertThat(http.withBasicAuth("supervisor", "demo")
			.postForEntity("/engine-rest/task/" + confirmDetails.getId() + "/claim", TestCases.json(Map.of("userId", "supervisor")),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void tasklistRefusesAnotherRolesClaimWithTheEnginesErrorShape() {
		Task confirmDetails = triageTaskOf(TestCases.report(http, TestCases.NORTH_ADDRESS));
		CamundaWebapps.Login login = CamundaWebapps.login(http, "tasklist", "offender", "demo");
		assertThat(login.status()).isEqualTo(200);

		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.add(HttpHeaders.COOKIE, login.cookies());
		headers.add("X-XSRF-TOKEN", csrfToken(login.cookies()));
		ResponseEntity<Map> claim = http.postForEntity(
				"/camunda/api/engine/engine/default/task/" + confirmDetails.getId() + "/claim",
				new HttpEntity<>(Map.of("userId", "offender"), headers), Map.class);

		assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) claim.getBody().get("message")).contains("triage-officers");
		assertThat(tasks.createTaskQuery().taskId(confirmDetails.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void theEngineItselfRefusesAClaimOrCompletionByAnotherRole() {
		Task confirmDetails = triageTaskOf(TestCases.report(http, TestCases.NORTH_ADDRESS));

		identity.setAuthentication("legal", List.of("legal-advisers", "unit-north"));
		try {
			assertThatThrownBy(() -> tasks.claim(confirmDetails.getId(), "legal")).hasMessageContaining("triage-officers");
			assertThatThrownBy(() -> tasks.complete(confirmDetails.getId())).hasMessageContaining("triage-officers");
		}
		finally {
			identity.clearAuthentication();
		}
		Task unchanged = tasks.createTaskQuery().taskId(confirmDetails.getId()).singleResult();
		assertThat(unchanged).isNotNull();
		assertThat(unchanged.getAssignee()).isNull();
	}

	private Task triageTaskOf(String reference) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
	}

	private static String csrfToken(String cookies) {
		Matcher token = Pattern.compile("XSRF-TOKEN=([^;]+)").matcher(cookies);
		assertThat(token.find()).as("CSRF cookie").isTrue();
		return token.group(1);
	}

}
