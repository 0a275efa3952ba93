package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/** New incidents on a case through the case API: recorded, audited, and the risk reassessed once triage scored it. */
class IncidentApiTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Test
	void aNewIncidentOnAScoredCaseIsRecordedAndStartsARiskReassessment() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		jdbc.update("update case_file set risk_level = 'MEDIUM' where reference = ?", reference);

		ResponseEntity<Map> reported = report(reference, "investigator",
				Map.of("behaviour", "LOITERING", "occurredOn", "2026-05-01", "location", "Outside the school gates"));

		assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(reported.getBody()).containsEntry("incidents", 2).containsEntry("riskReassessment", true);
		assertThat(jdbc.queryForList("select behaviour from case_incident i join case_file c on c.id = i.case_id"
				+ " where c.reference = ? order by i.position", String.class, reference))
			.containsExactly("FOLLOWING", "LOITERING");
		Task reassess = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("incidentReassessment")
			.singleResult();
		assertThat(reassess.getTaskDefinitionKey()).isEqualTo("Task_ReassessRisk");
		assertThat(runtime.getVariable(reassess.getProcessInstanceId(), "incidentCount")).isEqualTo(2);
		assertThat(jdbc.queryForList("select action, field_names from audit_entry where case_reference = ?"
				+ " and purpose = 'new incident'", reference))
			.extracting(r -> r.get("action") + " " + r.get("field_names"))
			.containsExactly("COLLECT incident.behaviour,incident.occurredOn,incident.location");
		assertThat(jdbc.queryForList("select summary from case_timeline_entry t join case_file c on c.id = t.case_id"
				+ " where c.reference = ? and t.kind = 'INCIDENT_REPORTED'", String.class, reference))
			.containsExactly("New incident reported (LOITERING): the risk is to be reassessed")
			.noneMatch(summary -> summary.contains("school"));
	}

	@Test
	void beforeTriageHasScoredTheCaseTheIncidentIsRecordedForTriageToAssess() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		ResponseEntity<Map> reported = report(reference, "triage", Map.of("behaviour", "CONTACT"));

		assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(reported.getBody()).containsEntry("riskReassessment", false);
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("incidentReassessment")
			.count()).isZero();
	}

	@Test
	void aWrongIncidentAClosedCaseOrAnotherUnitsCaseIsRefusedAndNothingIsStored() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		ResponseEntity<Map> invalid = report(reference, "investigator",
				Map.of("behaviour", "SHOUTING", "occurredOn", "2999-01-01"));
		ResponseEntity<Map> otherUnit = report(reference, "investigator-south", Map.of("behaviour", "CONTACT"));
		jdbc.update("update case_file set status = 'CLOSED' where reference = ?", reference);
		ResponseEntity<Map> closed = report(reference, "investigator", Map.of("behaviour", "CONTACT"));

		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactly("behaviour", "occurredOn");
		assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForObject("select count(*) from case_incident i join case_file c on c.id = i.case_id"
				+ " where c.reference = ?", Integer.class, reference)).isEqualTo(1);
	}

	private ResponseEntity<Map> report(String reference, String user, Map<String, String> incident) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + reference + "/incidents", TestCases.json(incident), Map.class);
	}

}
