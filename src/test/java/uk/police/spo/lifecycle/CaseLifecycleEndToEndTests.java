package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseNote;
import uk.police.spo.cases.CaseNotes;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * A whole case on the MySQL-compatible server, worked as officers work it (engine REST submit-form with each task's
 * Camunda Form, as Tasklist does) and fed with the messages officers and the court send: a high-risk report, triage,
 * investigation to charge, an interim then a full SPO, service, notification, a breach, a discharge and closure.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseLifecycleEndToEndTests extends MySqlCompatibleTest {

	static final String VICTIM_PHONE = "07700 900123";

	static final String VICTIM_EMAIL = "hidden.victim@example.org";

	static final String VICTIM_ADDRESS = "14 Quiet Lane, Hitchin SG5 1AA";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseNotes notes;

	TaskWorker worker;

	@BeforeEach
	void worker() {
		worker = new TaskWorker(http, tasks);
	}

	@Test
	void aHighRiskStalkingCaseFromReportToClosure(CapturedOutput log) {
		String ref = report();
		assertThat(status(ref)).isEqualTo("IN_TRIAGE");

		// triage: high risk, stalking, an order to be considered
		assertThat(worker.complete(ref, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE")))
			.isEqualTo("triage-officers");
		worker.complete(ref, "Task_ClassifyConduct",
				Map.of("fixated", true, "obsessive", true, "unwanted", true, "repeated", true, "incidentCount", 4L,
						"classification", "STALKING_8Q"));
		worker.complete(ref, "Task_ScreenRisk", Map.of("yesAnswers", 15L, "stalkingQuestionYes", true,
				"victimVeryFrightened", true, "threatsOfViolence", true, "followedVictim", true));
		assertThat(riskLevel(ref)).isEqualTo("HIGH");
		assertThat(worker.open(ref, "Task_PlanSafeguarding").getName()).contains(ref).contains("HIGH");
		worker.complete(ref, "Task_PlanSafeguarding", Map.of("planPanicAlarm", true, "urgentWelfareVisit", true, "wantsAdvocacy", true));
		completeIfOpen(ref, "Task_RecordReferralConsent", Map.of());
		assertThat(count("select count(*) from referral r join case_file c on c.id = r.case_id where c.reference = ? "
				+ "and r.partner = 'MARAC'", ref)).isEqualTo(1);

		// investigation and the SPO application run side by side
		assertThat(worker.complete(ref, "Task_PlanInvestigation", Map.of("considerSpoNow", true, "enquiryVictimStatement", true))).isEqualTo("investigators");
		assertThat(worker.complete(ref, "Task_DecideToApply", Map.of("defendantAgedTenOrOver", "YES", "defendantInOrHeadingToArea", "YES", "defendantUnder18", "NO"))).isIn("investigators", "supervisors");
		worker.complete(ref, "Task_DraftOrderTerms",
				Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the person protected by this order",
						"term1Necessity", "Contact was the core of the stalking", "interimWanted", "YES",
						"orderDuration", "UNTIL_FURTHER_ORDER"));
		assertThat(worker.complete(ref, "Task_ReviewApplication", Map.of("reviewDecision", "APPROVE")))
			.isEqualTo("legal-advisers");
		message(ref, "investigator", "CourtHearingListed", Map.of("hearingOn", date(7), "hearingKind", "INTERIM"));
		message(ref, "investigator", "CourtOutcomeReceived",
				Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", date(60)));
		assertThat(orders(ref)).containsExactly("INTERIM:GRANTED");

		// the interim order is served and the defendant notifies within 3 days
		message(ref, "offender", "OrderServed", Map.of("servedAt", past(2)));
		message(ref, "offender", "NotificationReceived", Map.of("notifiedAt", past(1)));
		assertThat(worker.complete(ref, "Task_AcknowledgeNotification", Map.of())).isEqualTo("offender-managers");

		// the full hearing, through the court's own inbound endpoint
		message(ref, "investigator", "CourtHearingListed", Map.of("hearingOn", date(30), "hearingKind", "FULL"));
		ResponseEntity<Map> court = http.withBasicAuth("court", "demo")
			.postForEntity("/api/partners/court/messages", json(Map.of("messageId", "court-" + ref, "caseReference", ref,
					"type", "CourtOutcomeReceived", "body", Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true))),
					Map.class);
		assertThat(court.getStatusCode().value()).as(String.valueOf(court.getBody())).isEqualTo(202);
		assertThat(orders(ref)).containsExactly("INTERIM:ENDED", "FULL:GRANTED");
		assertThat(status(ref)).isEqualTo("ORDER_IN_FORCE");

		// the full order is served; the interim notification carries over
		message(ref, "offender", "OrderServed", Map.of("servedAt", past(1)));
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_AcknowledgeNotification")
			.count()).isZero();

		// investigation to charge
		worker.complete(ref, "Task_LogEvidence", Map.of("evidenceItemsLogged", 3L, "evidenceLogComplete", true));
		worker.complete(ref, "Task_ConsiderSearch", Map.of("searchConducted", true));
		worker.complete(ref, "Task_ArrestSuspect", Map.of("suspectArrested", true));
		completeIfOpen(ref, "Task_UpdateVictimOfArrest", Map.of("victimUpdated", true));
		worker.complete(ref, "Task_InterviewSuspect", Map.of("suspectInterviewed", true, "interviewType", "UNDER_ARREST"));
		worker.complete(ref, "Task_DecideCharge", Map.of("chargeDecision", "CHARGE"));
		worker.complete(ref, "Task_UpdateVictimOfDecision", Map.of("victimUpdated", true));

		// a breach of the full order
		message(ref, "investigator", "BreachReported", Map.of("reportedBy", "OFFICER", "breachOccurredAt", past(3)));
		assertThat(worker.complete(ref, "Task_RecordBreachAsOffence", Map.of("crimeReference", "CR-2026-0001")))
			.isEqualTo("investigators");
		worker.complete(ref, "Task_DecideArrestAndCharge", Map.of("arrestDecision", "ARRESTED", "chargeDecision", "CHARGE"));
		worker.complete(ref, "Task_ReassessRisk", Map.of("yesAnswers", 16L, "screeningYes", 6L, "incidentCount", 5L,
				"variationNeeded", false));
		assertThat(timeline(ref)).anyMatch(kind -> kind.contains("BREACH"));

		// discharge on the defendant's application, then closure
		message(ref, "investigator", "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));
		assertThat(worker.complete(ref, "Task_PrepareDischargeApplication", Map.of("dischargeApplicant", "DEFENDANT")))
			.isEqualTo("legal-advisers");
		worker.complete(ref, "Task_RecordDischargeOutcome", Map.of("dischargeDecision", "GRANTED"));
		assertThat(orders(ref)).containsExactly("INTERIM:ENDED", "FULL:ENDED");
		assertThat(status(ref)).isEqualTo("ORDER_ENDED");
		assertThat(timeline(ref)).contains("NO_ORDER_IN_FORCE");

		assertThat(worker.complete(ref, "Task_RecordClosure",
				Map.of("closureOutcome", "CHARGED", "closureNote", "Charged; order discharged"))).isEqualTo("supervisors");
		worker.complete(ref, "Task_InformVictimOfClosure", Map.of("victimInformed", true, "victimUpdateMethod", "PHONE"));

		assertThat(status(ref)).isEqualTo("CLOSED");
		assertThat(jdbc.queryForObject("select retention_review_on from case_file where reference = ?", LocalDate.class, ref))
			.isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusYears(6));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isEqualTo(1);
		assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(ref).activityId("Event_RetentionReviewDue")
			.count()).isEqualTo(1);
		assertThat(timeline(ref)).contains("REPORT_RECEIVED", "CASE_REGISTERED", "CASE_CLOSED");
		// each entry names who acted: the public form, the officer through Tasklist or the case API, the court
		assertThat(actors(ref, "REPORT_RECEIVED")).containsOnly("public");
		assertThat(actors(ref, "SPO_HEARING_LISTED")).containsOnly("investigator");
		assertThat(actors(ref, "FULL_SPO_GRANTED")).containsOnly("court");
		assertThat(actors(ref, "CASE_CLOSED")).containsOnly("supervisor");
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list())
			.extracting(h -> h.getProcessDefinitionKey())
			.contains("stalkingCase", "caseTriage", "caseInvestigation", "spoApplication", "orderMonitoring",
					"breachHandling");

		// the officers' free text is kept with the case, encrypted, and nowhere in the engine's history
		assertThat(notes.of(caseId(ref))).extracting(CaseNote::taskKey, CaseNote::field, CaseNote::body, CaseNote::writtenBy)
			.contains(tuple("Task_RecordClosure", "closureNote", "Charged; order discharged", "supervisor"));
		assertThat(count("select count(*) from case_note n join case_file c on c.id = n.case_id where c.reference = ? "
				+ "and n.body like '%discharged%'", ref)).isZero();
		List<String> historicNames = history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list()
				.stream().map(h -> h.getId()).toArray(String[]::new))
			.list().stream().map(v -> v.getName()).toList();
		assertThat(historicNames).contains("closureOutcome", "courtOutcome", "chargeDecision")
			.doesNotContain("closureNote", "term1Wording", "term1Necessity", "chargeRationale", "riskReasoning");
		assertThat(history.createHistoricDetailQuery().variableUpdates().list())
			.noneMatch(d -> d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
					&& u.getVariableName().equals("closureNote"));

		// every collection and change of personal data along the way is in the audit log, with who did it
		assertThat(jdbc.queryForList("select concat(concat(action, ' '), purpose) from audit_entry where case_reference = ?",
				String.class, ref))
			.contains("COLLECT report intake", "COLLECT triage risk assessment", "COLLECT safeguarding plan",
					"COLLECT investigation: ARREST", "COLLECT investigation: CHARGE_DECISION", "ALTER order served",
					"COLLECT defendant's notification", "COLLECT breach reported", "ALTER breach recorded as crime",
					"ALTER risk reassessed after a breach", "COLLECT note written in Task_RecordClosure",
					"ALTER case closed");
		assertThat(jdbc.queryForObject("select actor from audit_entry where case_reference = ? and purpose = 'case closed'",
				String.class, ref)).isEqualTo("supervisor");

		// nothing of the victim's contact details reached the log
		assertThat(log.getAll()).doesNotContain(VICTIM_PHONE, VICTIM_EMAIL, VICTIM_ADDRESS, "Quiet Lane");
	}

	private void completeIfOpen(String ref, String taskKey, Map<String, Object> values) {
		if (tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).count() > 0) {
			worker.complete(ref, taskKey, values);
		}
	}

	private void message(String ref, String user, String name, Map<String, Object> variables) {
		ResponseEntity<Map> answer = http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + ref + "/messages/" + name, json(variables), Map.class);
		assertThat(answer.getStatusCode().value()).as(name + ": " + answer.getBody()).isEqualTo(202);
	}

	private String report() {
		String body = """
				{"reporterType":"VICTIM","immediateDanger":false,
				 "victim":{"name":"Alex Example","address":"%s","phone":"%s","email":"%s",
				           "safeContact":{"method":"PHONE","safeTimes":"weekday mornings","voicemailSafe":false}},
				 "suspect":{"name":"Sam Suspect","description":"tall"},
				 "relationship":"EX_PARTNER",
				 "incidents":[{"occurredOn":"2026-01-03","behaviour":"FOLLOWING","description":"followed home"},
				              {"occurredOn":"2026-01-10","behaviour":"THREATS","description":"threatening messages"}],
				 "consentToPartnerReferral":true}""".formatted(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL);
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

	private UUID caseId(String ref) {
		return UUID.fromString(jdbc.queryForObject("select id from case_file where reference = ?", String.class, ref));
	}

	private String status(String ref) {
		return jdbc.queryForObject("select status from case_file where reference = ?", String.class, ref);
	}

	private String riskLevel(String ref) {
		return jdbc.queryForObject("select risk_level from case_file where reference = ?", String.class, ref);
	}

	private List<String> orders(String ref) {
		return jdbc.queryForList("select concat(concat(o.kind, ':'), o.status) from protective_order o "
				+ "join case_file c on c.id = o.case_id where c.reference = ? order by o.granted_on, o.kind desc", String.class, ref);
	}

	private List<String> timeline(String ref) {
		return jdbc.queryForList("select t.kind from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ?", String.class, ref);
	}

	private List<String> actors(String ref, String kind) {
		return jdbc.queryForList("select t.actor from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = ?", String.class, ref, kind);
	}

	private int count(String sql, String ref) {
		return jdbc.queryForObject(sql, Integer.class, ref);
	}

	private static String date(int daysAhead) {
		return LocalDate.now(ZoneId.of("Europe/London")).plusDays(daysAhead).toString();
	}

	private static String past(int hoursAgo) {
		return OffsetDateTime.now().minusHours(hoursAgo).withNano(0).toString();
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
