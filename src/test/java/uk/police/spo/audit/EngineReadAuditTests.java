package uk.police.spo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.CamundaWebapps;
import uk.police.spo.support.MySqlCompatibleTest;

/** Reading a case's variables through engine REST or Camunda's webapps is audited as CONSULT, naming the reader. */
class EngineReadAuditTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void openingATaskFormThroughEngineRestIsAuditedForTheReader() {
		String ref = report("Hitchin SG5 1AB");
		String taskId = triageTask(ref);

		ResponseEntity<String> read = http.withBasicAuth("triage", "demo")
			.getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class);

		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(consults(ref)).containsExactly(Map.of("actor", "triage", "purpose", "task variables read",
				"field_names", "processVariables"));
	}

	@Test
	void openingATaskFormInTasklistIsAuditedForTheWebappsUser() {
		String ref = report("St Albans AL1 3AA");
		String taskId = triageTask(ref);
		CamundaWebapps.Login login = CamundaWebapps.login(http, "tasklist", "triage-south", "demo");
		assertThat(login.status()).isEqualTo(200);

		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, login.cookies());
		ResponseEntity<String> read = http.exchange("/camunda/api/engine/engine/default/task/" + taskId
				+ "/form-variables", HttpMethod.GET, new HttpEntity<>(headers), String.class);

		assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
		assertThat(consults(ref)).extracting(row -> row.get("actor")).containsExactly("triage-south");
	}

	@Test
	void aReadOfAnInstancesVariablesAndAVariableQueryAreAudited() {
		String ref = report("Letchworth SG6 3AA");
		String instanceId = tasks.createTaskQuery().taskId(triageTask(ref)).singleResult().getProcessInstanceId();

		assertThat(http.withBasicAuth("supervisor", "demo")
			.getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(http.withBasicAuth("supervisor", "demo")
			.postForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId, json("{}"), String.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		assertThat(consults(ref)).extracting(row -> row.get("actor") + ":" + row.get("purpose"))
			.containsExactly("supervisor:process variables read", "supervisor:variable query");
	}

	@Test
	void aRefusedReadWritesNoConsultEntry() {
		String ref = report("Stevenage SG1 2AA");
		String taskId = triageTask(ref);

		ResponseEntity<String> refused = http.withBasicAuth("triage-south", "demo")
			.getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class);

		assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(consults(ref)).isEmpty();
	}

	private List<Map<String, Object>> consults(String ref) {
		// not the system's matching of the report against earlier cases
		return jdbc.queryForList("select actor, purpose, field_names from audit_entry where case_reference = ? "
				+ "and action = 'CONSULT' and actor <> 'system' order by seq_no", ref);
	}

	private String triageTask(String ref) {
		return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_ConfirmDetails")
			.singleResult().getId();
	}

	private String report(String place) {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"5 Audit Lane, %s","phone":"07700 900888",
				 "safeContact":{"method":"PHONE"}},"suspect":{"name":"Person %s"},
				 "incidents":[{"behaviour":"LOITERING"}]}""".formatted(place, UUID.randomUUID());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Forwarded-For", "203.0.113.123");
		return (String) http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class)
			.getBody()
			.get("reference");
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
