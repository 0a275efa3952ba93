package uk.police.spo.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.spo.system.UkDates;

/**
 * Item 2: whole cases, from the public report to closure after a discharged order, worked through the packaged
 * jar's HTTP APIs as its officers work them: each task through engine REST with its deployed form (as Tasklist
 * does), the court's and the officers' news as case messages, the evidence through the evidence API. The path is
 * the end-to-end test's: high risk (MARAC, housing and advocacy referrals), investigation to charge, an interim then
 * a full SPO, service and notification, a breach, a discharge, closure: 24 tasks, 9 messages, 6 documents.
 *
 * <p>The bare engine's baseline is one process with the same wait states in the same order (24 user tasks and 9
 * message catch events, no project code), worked through engine REST by the same number of clients as the
 * administrator, as the intake baseline is started.
 */
final class Lifecycle {

	private static final String PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

	/** Who works a step: the roles of the end-to-end test, as the suite's users of unit NORTH. */
	enum Role {
		TRIAGE, INVESTIGATOR, LEGAL, OFFENDER, SUPERVISOR
	}

	/** One step of a case: a task through its form, or a message the case waits for. */
	record Step(Role role, String task, String message, Map<String, Object> values) {

		static Step task(Role role, String key, Map<String, Object> answers) {
			return new Step(role, key, null, answers);
		}

		static Step message(Role role, String name, Map<String, Object> variables) {
			return new Step(role, null, name, variables);
		}

	}

	static List<Step> steps() {
		return List.of(Step.task(Role.TRIAGE, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE")),
				Step.task(Role.TRIAGE, "Task_ClassifyConduct", CaseAnswers.CLASSIFIED_AS_STALKING),
				Step.task(Role.TRIAGE, "Task_ScreenRisk", CaseAnswers.SCREENED_HIGH_RISK),
				Step.task(Role.TRIAGE, "Task_PlanSafeguarding", Map.of("planPanicAlarm", true, "urgentWelfareVisit", true,
						"housingNeed", true, "wantsAdvocacy", true)),
				Step.task(Role.TRIAGE, "Task_RecordReferralConsent",
						Map.of("housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "ACCEPTED")),
				Step.task(Role.INVESTIGATOR, "Task_PlanInvestigation",
						Map.of("considerSpoNow", true, "enquiryVictimStatement", true, "enquiryDigitalDevices", true)),
				Step.task(Role.INVESTIGATOR, "Task_LogEvidence",
						Map.of("evidenceItemsLogged", 1L, "evidenceLogComplete", true)),
				Step.task(Role.INVESTIGATOR, "Task_ConsiderSearch", Map.of("searchConducted", true)),
				Step.task(Role.INVESTIGATOR, "Task_ArrestSuspect", Map.of("suspectArrested", true)),
				Step.task(Role.INVESTIGATOR, "Task_UpdateVictimOfArrest",
						Map.of("victimUpdated", true, "victimUpdateMethod", "PHONE")),
				Step.task(Role.INVESTIGATOR, "Task_InterviewSuspect",
						Map.of("suspectInterviewed", true, "interviewType", "UNDER_ARREST", "bailDecision",
								"KEPT_IN_CUSTODY")),
				Step.task(Role.INVESTIGATOR, "Task_DecideCharge",
						Map.of("chargeDecision", "CHARGE", "chargeRationale", "Course of conduct evidenced")),
				Step.task(Role.INVESTIGATOR, "Task_UpdateVictimOfDecision",
						Map.of("victimUpdated", true, "victimUpdateMethod", "PHONE")),
				Step.task(Role.INVESTIGATOR, "Task_DecideToApply", CaseAnswers.DECIDED_TO_APPLY),
				Step.task(Role.INVESTIGATOR, "Task_DraftOrderTerms",
						Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the person protected by this order",
								"term1Necessity", "Contact was the core of the stalking", "interimWanted", true,
								"orderDuration", "UNTIL_FURTHER_ORDER")),
				Step.task(Role.LEGAL, "Task_ReviewApplication", Map.of("reviewDecision", "APPROVE")),
				Step.message(Role.INVESTIGATOR, "CourtHearingListed", Map.of("hearingOn", day(7), "hearingKind", "INTERIM")),
				Step.message(Role.INVESTIGATOR, "CourtOutcomeReceived",
						Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", day(60))),
				Step.message(Role.OFFENDER, "OrderServed", Map.of("servedAt", hoursAgo(2))),
				Step.message(Role.OFFENDER, "NotificationReceived", Map.of("notifiedAt", hoursAgo(1))),
				Step.task(Role.OFFENDER, "Task_AcknowledgeNotification", Map.of()),
				Step.message(Role.INVESTIGATOR, "CourtHearingListed", Map.of("hearingOn", day(30), "hearingKind", "FULL")),
				Step.message(Role.INVESTIGATOR, "CourtOutcomeReceived",
						Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true)),
				Step.message(Role.OFFENDER, "OrderServed", Map.of("servedAt", hoursAgo(1))),
				Step.message(Role.INVESTIGATOR, "BreachReported",
						Map.of("reportedBy", "OFFICER", "breachOccurredAt", hoursAgo(3))),
				Step.task(Role.INVESTIGATOR, "Task_RecordBreachAsOffence", Map.of("crimeReference", "CR-2026-0001")),
				Step.task(Role.INVESTIGATOR, "Task_DecideArrestAndCharge",
						Map.of("arrestDecision", "ARRESTED", "chargeDecision", "CHARGE")),
				Step.task(Role.INVESTIGATOR, "Task_ReassessRisk", Map.of("dashStalkingQuestion", "YES", "yesAnswers", 8L,
						"victimVeryFrightened", true, "turnedUpUnannounced", true, "incidentCount", 5L, "variationNeeded",
						false)),
				Step.message(Role.INVESTIGATOR, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT")),
				Step.task(Role.LEGAL, "Task_PrepareDischargeApplication", Map.of("dischargeApplicant", "DEFENDANT")),
				Step.task(Role.OFFENDER, "Task_RecordDischargeOutcome", Map.of("dischargeDecision", "GRANTED")),
				Step.task(Role.SUPERVISOR, "Task_RecordClosure",
						Map.of("closureOutcome", "CHARGED", "closureNote", "Charged; order discharged")),
				Step.task(Role.INVESTIGATOR, "Task_InformVictimOfClosure",
						Map.of("victimInformed", true, "victimUpdateMethod", "PHONE")));
	}

	private final Api api;

	private final Map<Role, Api.Login> officers;

	private final Api.Login admin;

	Lifecycle(Api api, Map<Role, Api.Login> officers, Api.Login admin) {
		this.api = api;
		this.officers = officers;
		this.admin = admin;
	}

	/** {@code cases} cases worked by {@code clients} teams at once, then as many bare ones; their rates side by side. */
	Map<String, Object> run(int clients, int cases) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("clients", clients);
		result.put("project", timed(clients, cases, this::workCase));
		deployBare();
		result.put("bareEngine", timed(clients, cases, this::workBareCase));
		System.out.printf("lifecycle: %s (load %.1f)%n", result, Memory.loadAverage());
		return result;
	}

	@FunctionalInterface
	private interface OneCase {

		void work() throws Exception;

	}

	private static Map<String, Object> timed(int clients, int cases, OneCase oneCase) throws Exception {
		ExecutorService teams = Executors.newFixedThreadPool(clients);
		Latencies durations = new Latencies();
		long started = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < cases; i++) {
				done.add(teams.submit(() -> {
					long begun = System.nanoTime();
					oneCase.work();
					durations.add(System.nanoTime() - begun);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			teams.shutdownNow();
		}
		double minutes = (System.nanoTime() - started) / 60e9;
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("cases", durations.count());
		summary.put("casesPerMinute", Latencies.round(durations.count() / minutes));
		summary.put("caseTimes", durations.summary());
		return summary;
	}

	private void workCase() throws Exception {
		String reference = api.json(api.post("/api/reports", report(), null), 201).path("reference").asText();
		for (Step step : steps()) {
			Api.Login officer = officers.get(step.role());
			if (step.task() == null) {
				send(reference, step, officer);
				continue;
			}
			if (step.task().equals("Task_LogEvidence")) {
				api.json(api.postFile("/api/cases/" + reference + "/evidence", "file", "messages.pdf", "application/pdf",
						PDF, officer, "kind", "DIGITAL", "description", "Messages exported from the victim's phone"), 201);
			}
			new RestTaskWorker(api, officer).complete(reference, step.task(), step.values());
		}
	}

	/** A message the case is not yet waiting for (an asynchronous step still running) is sent again shortly. */
	private void send(String reference, Step step, Api.Login officer) throws Exception {
		String body = Api.JSON.writeValueAsString(step.values());
		for (int attempt = 0; attempt < 600; attempt++) {
			var answer = api.post("/api/cases/" + reference + "/messages/" + step.message(), body, officer);
			if (answer.statusCode() == 202) {
				return;
			}
			if (answer.statusCode() != 409) {
				api.json(answer, 202);
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(reference + " never waited for " + step.message());
	}

	private void workBareCase() throws Exception {
		String businessKey = "BENCH-LIFE-" + UUID.randomUUID();
		api.json(api.post("/engine-rest/process-definition/key/benchLifecycle/start",
				"{\"businessKey\": \"" + businessKey + "\"}", admin), 200);
		List<Step> steps = steps();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.task() == null) {
				api.json(api.post("/engine-rest/message", "{\"messageName\": \"BenchMessage" + i
						+ "\", \"businessKey\": \"" + businessKey + "\"}", admin), 204);
				continue;
			}
			JsonNode tasks = api.json(api.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey,
					admin), 200);
			api.json(api.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
					"{\"variables\": " + Api.JSON.writeValueAsString(typed(step.values())) + "}", admin), 204);
		}
	}

	private static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> typed = new LinkedHashMap<>();
		values.forEach((key, value) -> typed.put(key, Map.of("value", value)));
		return typed;
	}

	private void deployBare() throws Exception {
		api.json(api.postFile("/engine-rest/deployment/create", "bench-lifecycle.bpmn", bareModel(), admin,
				"deployment-name", "bench-lifecycle", "enable-duplicate-filtering", "true"), 200);
	}

	/** The same wait states in the same order, each user task for the bench's officers, each message its own. */
	static String bareModel() {
		StringBuilder flow = new StringBuilder();
		StringBuilder messages = new StringBuilder();
		String previous = "Start";
		List<Step> steps = steps();
		for (int i = 0; i < steps.size(); i++) {
			String id = "Wait" + i;
			if (steps.get(i).task() == null) {
				flow.append("    <bpmn:intermediateCatchEvent id=\"%s\"><bpmn:messageEventDefinition messageRef=\"M%d\" />"
					.formatted(id, i)).append("</bpmn:intermediateCatchEvent>\n");
				messages.append("  <bpmn:message id=\"M%d\" name=\"BenchMessage%d\" />\n".formatted(i, i));
			}
			else {
				flow.append("    <bpmn:userTask id=\"%s\" camunda:candidateGroups=\"%s\" />\n".formatted(id, BareEngine.GROUP));
			}
			flow.append("    <bpmn:sequenceFlow id=\"F%d\" sourceRef=\"%s\" targetRef=\"%s\" />\n".formatted(i, previous, id));
			previous = id;
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="BenchLifecycle"
				    targetNamespace="http://spo.police.uk/bench">
				  <bpmn:process id="benchLifecycle" name="Bench lifecycle" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="Start" />
				%s    <bpmn:endEvent id="End" />
				    <bpmn:sequenceFlow id="FEnd" sourceRef="%s" targetRef="End" />
				  </bpmn:process>
				%s</bpmn:definitions>
				""".formatted(flow, previous, messages);
	}

	private static String report() {
		return """
				{"reporterType": "VICTIM", "relationship": "EX_PARTNER", "consentToPartnerReferral": true,
				 "victim": {"name": "Lifecycle Victim", "address": "14 Quiet Lane, Hitchin SG5 1AA", "phone": "07700 900123",
				            "safeContact": {"method": "PHONE", "voicemailSafe": false}},
				 "suspect": {"name": "Lifecycle Suspect %s"},
				 "incidents": [{"occurredOn": "2026-10-01", "behaviour": "FOLLOWING", "description": "followed home"},
				               {"occurredOn": "2026-10-08", "behaviour": "THREATS", "description": "threatening messages"}]}"""
			.formatted(UUID.randomUUID());
	}

	private static String day(int daysAhead) {
		return LocalDate.now(UkDates.ZONE).plusDays(daysAhead).toString();
	}

	private static String hoursAgo(int hours) {
		return OffsetDateTime.now().minusHours(hours).withNano(0).toString();
	}

}
