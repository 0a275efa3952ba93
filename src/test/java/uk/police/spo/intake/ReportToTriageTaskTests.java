package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/** The walking skeleton on the MySQL-compatible server: a report becomes a case and a triage task in Tasklist. */
class ReportToTriageTaskTests extends MySqlCompatibleTest {

	static final String REPORT = """
			{"reporterType":"VICTIM","immediateDanger":false,
			 "victim":{"name":"Alex Example","address":"1 Test Street","phone":"07700900123","email":"alex@example.org",
			           "safeContact":{"method":"PHONE","safeTimes":"weekdays 9-5","voicemailSafe":false}},
			 "suspect":{"name":"Sam Suspect","onlineAccounts":["@sam"]},
			 "relationship":"EX_PARTNER",
			 "incidents":[{"occurredOn":"2026-10-01","behaviour":"FOLLOWING","location":"Station Road","description":"followed home"},
			              {"occurredOn":"2026-10-03","behaviour":"CONTACT","description":"30 messages"}],
			 "consentToPartnerReferral":true}
			""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Test
	void runsOnTheMySqlCompatibleServerWithTheFlywaySchema() {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		assertThat(product).isEqualTo("MySQL");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '1' and success = 1",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isPositive();
	}

	@Test
	void aReportBecomesACaseAndATriageTaskForTriageOfficers() {
		ResponseEntity<Map> response = postReport(REPORT);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) response.getBody().get("reference");
		assertThat(reference).matches("SH-\\d{4}-\\d{6}");
		assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + reference);
		assertThat(response.getBody()).containsKeys("receivedAt", "nextSteps");

		assertThat(jdbc.queryForObject("select status from case_file where reference = ?", String.class, reference))
			.isEqualTo("IN_TRIAGE");
		assertThat(jdbc.queryForObject(
				"select count(*) from case_incident i join case_file c on c.id = i.case_id where c.reference = ?",
				Integer.class, reference)).isEqualTo(2);

		Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ConfirmDetails");
		// other tests' reports may name the same suspect, which makes this one a repeat case ("· repeat case")
		assertThat(task.getName()).startsWith("Confirm details and safe contact · " + reference);
		assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("triage-officers");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list())
			.extracting(p -> repository.getProcessDefinition(p.getProcessDefinitionId()).getKey())
			.containsExactlyInAnyOrder("stalkingCase", "caseTriage");
	}

	@Test
	void aTriageOfficerSeesTheTaskAndItsFormAndCompletesItThroughEngineRest() {
		String reference = (String) postReport(REPORT).getBody().get("reference");
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

		ResponseEntity<List> visible = http.withBasicAuth("triage", "demo")
			.getForEntity("/engine-rest/task?processInstanceBusinessKey=" + reference, List.class);
		assertThat(visible.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(visible.getBody()).hasSize(1);

		ResponseEntity<Map> form = http.withBasicAuth("triage", "demo")
			.getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", Map.class);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(form.getBody()).containsEntry("id", "triage-confirm-details");

		ResponseEntity<Map> refused = submit(task.getId(), Map.of("detailsConfirmed", bool(true),
				"safeContactMethod", string("CARRIER_PIGEON")));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("Agreed safe contact method: choose one of");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

		ResponseEntity<Map> done = submit(task.getId(), Map.of("detailsConfirmed", bool(true),
				"safeContactMethod", string("PHONE"), "triageNote", string("Repeat following; consider SPO")));
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_ClassifyConduct");
		assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.isNull();
	}

	@Test
	void engineRestRefusesAnonymousCallersAndPartners() {
		assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("court", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		// "offender", not a user another test logs in as: a failed login delays that user's next login
		assertThat(http.withBasicAuth("offender", "wrong").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anInvalidReportIsRefusedWithAProblemAndStoresNothing() {
		int casesBefore = jdbc.queryForObject("select count(*) from case_file", Integer.class);
		long instancesBefore = runtime.createProcessInstanceQuery().count();

		ResponseEntity<Map> response = postReport("""
				{"reporterType":"ANONYMOUS","incidents":[{"occurredOn":"2026-10-01"}]}
				""");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat((List<Map<String, String>>) response.getBody().get("errors"))
			.extracting(e -> e.get("field"))
			.containsExactly("incidents[0].behaviour");
		assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(casesBefore);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void whenTheProcessCannotStartNoCaseIsStored() {
		int casesBefore = jdbc.queryForObject("select count(*) from case_file", Integer.class);
		repository.suspendProcessDefinitionByKey("stalkingCase");
		try {
			ResponseEntity<Map> response = postReport(REPORT);
			assertThat(response.getStatusCode().is5xxServerError()).isTrue();
			assertThat(response.getBody()).doesNotContainKey("trace");
		}
		finally {
			repository.activateProcessDefinitionByKey("stalkingCase");
		}
		assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(casesBefore);
	}

	@Test
	void caseSummaryNeedsAStaffLogin() {
		String reference = (String) postReport(REPORT).getBody().get("reference");

		assertThat(http.getForEntity("/api/cases/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("housing", "demo").getForEntity("/api/cases/" + reference, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> summary = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/cases/" + reference, Map.class);
		assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(summary.getBody()).containsEntry("status", "IN_TRIAGE").containsEntry("incidentCount", 2);
		assertThat(summary.getBody().toString()).doesNotContain("Alex Example", "07700900123", "1 Test Street");
	}

	private ResponseEntity<Map> postReport(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForEntity("/api/reports", new HttpEntity<>(json, headers), Map.class);
	}

	private ResponseEntity<Map> submit(String taskId, Map<String, Object> variables) {
		return http.withBasicAuth("triage", "demo")
			.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
					new HttpEntity<>(Map.of("variables", variables)), Map.class);
	}

	private static Map<String, Object> bool(boolean value) {
		return Map.of("value", value, "type", "Boolean");
	}

	private static Map<String, Object> string(String value) {
		return Map.of("value", value, "type", "String");
	}

}
