package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.spo.partners.PartnerCalls.fields;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * {@code INCIDENT_REPORTED}: MARAC, housing and advocacy report a new incident on a case referred to them; it is
 * recorded as an officer's is and reassesses the risk. Any other case is answered as one that does not exist.
 */
class PartnerIncidentTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	ReferralRepository referrals;

	PartnerCalls calls;

	@BeforeEach
	void calls() {
		calls = new PartnerCalls(http, jdbc, cases, referrals);
	}

	@Test
	void housingReportsAnIncidentOnItsReferredCaseAndTheRiskIsReassessed() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.HOUSING);
		jdbc.update("update case_file set risk_level = 'MEDIUM' where reference = ?", reference);

		ResponseEntity<Map> answer = calls.send("housing", "housing", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "INTERFERING_WITH_PROPERTY", "occurredOn", LocalDate.now().minusDays(1).toString(),
						"location", "The temporary flat's front door", "description", "The lock was glued overnight."));

		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(202);
		assertThat(answer.getBody()).containsEntry("status", "ACCEPTED");
		assertThat(jdbc.queryForList("select behaviour from case_incident i join case_file c on c.id = i.case_id"
				+ " where c.reference = ? order by i.position", String.class, reference))
			.containsExactly("LOITERING", "INTERFERING_WITH_PROPERTY");
		Task reassess = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("incidentReassessment")
			.singleResult();
		assertThat(reassess.getTaskDefinitionKey()).isEqualTo("Task_ReassessRisk");
		assertThat(runtime.getVariable(reassess.getProcessInstanceId(), "incidentCount")).isEqualTo(2);
		assertThat(calls.timeline(reference, "INCIDENT_REPORTED"))
			.containsExactly("New incident reported by housing (INTERFERING_WITH_PROPERTY): the risk is to be reassessed");
		assertThat(jdbc.queryForList("select action, field_names, actor from audit_entry where case_reference = ?"
				+ " and purpose = 'new incident'", reference))
			.extracting(r -> r.get("action") + " " + r.get("field_names") + " " + r.get("actor"))
			.containsExactly("COLLECT incident.behaviour,incident.occurredOn,incident.location,incident.description housing");
	}

	@Test
	void maracAndAdvocacyReportIncidentsToo() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.MARAC);
		calls.sentReferral(reference, ReferralPartner.ADVOCACY);

		ResponseEntity<Map> marac = calls.send("marac", "marac", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "WATCHING"));
		ResponseEntity<Map> advocacy = calls.send("advocacy", "advocacy", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "CONTACT"));

		assertThat(marac.getStatusCode().value()).as(String.valueOf(marac.getBody())).isEqualTo(202);
		assertThat(advocacy.getStatusCode().value()).as(String.valueOf(advocacy.getBody())).isEqualTo(202);
		// triage has not scored the case yet: it takes the incidents in
		// two entries may carry the same instant, so the timeline's order between them is not theirs to keep
		assertThat(calls.timeline(reference, "INCIDENT_REPORTED")).containsExactlyInAnyOrder(
				"New incident reported by marac (WATCHING): triage assesses the risk",
				"New incident reported by advocacy (CONTACT): triage assesses the risk");
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("incidentReassessment")
			.count()).isZero();
	}

	@Test
	void aCaseNotReferredToThePartnerIsAnsweredAsOneThatDoesNotExist() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.ADVOCACY);
		Map<String, Object> incident = Map.of("behaviour", "CONTACT");

		ResponseEntity<Map> notReferred = calls.send("housing", "housing", "INCIDENT_REPORTED", reference, incident);
		ResponseEntity<Map> unknown = calls.send("housing", "housing", "INCIDENT_REPORTED", "SH-2026-999997", incident);
		ResponseEntity<Map> badBodyNotReferred = calls.send("housing", "housing", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "SHOUTING"));

		assertThat(notReferred.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(badBodyNotReferred.getStatusCode().value()).as("no probing through validation").isEqualTo(404);
		assertThat(notReferred.getBody()).isEqualTo(unknown.getBody());
		assertThat(notReferred.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(incidents(reference)).isOne();
	}

	@Test
	void aBadIncidentIsRefusedNamingItsFieldsAndNothingIsRecorded() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.HOUSING);

		ResponseEntity<Map> invalid = calls.send("housing", "housing", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "SHOUTING", "occurredOn", "2999-01-01", "location", "x".repeat(501)));
		ResponseEntity<Map> wrongTypes = calls.send("housing", "housing", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", 7, "description", true));
		ResponseEntity<Map> unknownField = calls.send("housing", "housing", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "CONTACT", "reportedBy", "POLICE"));
		ResponseEntity<Map> missing = calls.send("housing", "housing", "INCIDENT_REPORTED", reference, Map.of());

		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(invalid)).containsExactly("body.behaviour", "body.occurredOn", "body.location");
		assertThat(wrongTypes.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(wrongTypes)).containsExactly("body.behaviour", "body.description");
		assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(unknownField)).containsExactly("body.reportedBy");
		assertThat(missing.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("body.behaviour");
		assertThat(incidents(reference)).isOne();
		assertThat(calls.timeline(reference, "INCIDENT_REPORTED")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from partner_message where partner = 'housing' and message_type = "
				+ "'INCIDENT_REPORTED' and status = 'REFUSED' and refusal_status = 400 and case_reference = ?",
				Integer.class, reference)).as("refusals kept for supervisors").isEqualTo(4);
	}

	@Test
	void aClosedCaseTakesNoNewIncident() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.ADVOCACY);
		jdbc.update("update case_file set status = 'CLOSED' where reference = ?", reference);

		ResponseEntity<Map> answer = calls.send("advocacy", "advocacy", "INCIDENT_REPORTED", reference,
				Map.of("behaviour", "CONTACT"));

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(incidents(reference)).isOne();
	}

	private Integer incidents(String reference) {
		return jdbc.queryForObject("select count(*) from case_incident i join case_file c on c.id = i.case_id"
				+ " where c.reference = ?", Integer.class, reference);
	}

}
