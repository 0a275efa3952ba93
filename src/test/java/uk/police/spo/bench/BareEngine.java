package uk.police.spo.bench;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The baseline: what the Camunda engine alone does on the same server and database. Two processes with the shape of
 * the report's path to its first task and no project code (expression service tasks, no listeners, no forms):
 * {@code benchCase} runs a service task and a gateway, then calls {@code benchTriage}, which runs a service task and
 * enters a sub-process holding one user task, with a non-interrupting due-date timer on the sub-process whose path
 * runs one more service task (as the project's escalation does); and {@code benchReferral}, a user task followed by
 * an asynchronous service task (a job), the referrals' baseline. Deployed and started through engine REST as the
 * administrator.
 */
final class BareEngine {

	static final String CASE_PROCESS = "benchCase";

	static final String GROUP = "bench-officers";

	static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
			    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    id="BenchDefinitions" targetNamespace="http://spo.police.uk/bench">
			  <bpmn:process id="benchCase" name="Bench case" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="Start" />
			    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Register" />
			    <bpmn:serviceTask id="Register" camunda:expression="${true}" />
			    <bpmn:sequenceFlow id="F2" sourceRef="Register" targetRef="Danger" />
			    <bpmn:exclusiveGateway id="Danger" default="F3" />
			    <bpmn:sequenceFlow id="F3" sourceRef="Danger" targetRef="Triage" />
			    <bpmn:callActivity id="Triage" calledElement="benchTriage">
			      <bpmn:extensionElements>
			        <camunda:in businessKey="#{execution.processBusinessKey}" />
			      </bpmn:extensionElements>
			    </bpmn:callActivity>
			    <bpmn:sequenceFlow id="F4" sourceRef="Triage" targetRef="End" />
			    <bpmn:endEvent id="End" />
			  </bpmn:process>
			  <bpmn:process id="benchTriage" name="Bench triage" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="TriageStart" />
			    <bpmn:sequenceFlow id="T1" sourceRef="TriageStart" targetRef="LoadFacts" />
			    <bpmn:serviceTask id="LoadFacts" camunda:expression="${true}" />
			    <bpmn:sequenceFlow id="T2" sourceRef="LoadFacts" targetRef="Assess" />
			    <bpmn:subProcess id="Assess">
			      <bpmn:startEvent id="AssessStart" />
			      <bpmn:sequenceFlow id="A1" sourceRef="AssessStart" targetRef="Confirm" />
			      <bpmn:userTask id="Confirm" camunda:candidateGroups="bench-officers" />
			      <bpmn:sequenceFlow id="A2" sourceRef="Confirm" targetRef="AssessEnd" />
			      <bpmn:endEvent id="AssessEnd" />
			    </bpmn:subProcess>
			    <bpmn:sequenceFlow id="T3" sourceRef="Assess" targetRef="TriageEnd" />
			    <bpmn:endEvent id="TriageEnd" />
			    <bpmn:boundaryEvent id="Overdue" cancelActivity="false" attachedToRef="Assess">
			      <bpmn:timerEventDefinition>
			        <bpmn:timeDuration>PT24H</bpmn:timeDuration>
			      </bpmn:timerEventDefinition>
			    </bpmn:boundaryEvent>
			    <bpmn:sequenceFlow id="T4" sourceRef="Overdue" targetRef="Escalate" />
			    <bpmn:serviceTask id="Escalate" camunda:expression="${true}" />
			    <bpmn:sequenceFlow id="T5" sourceRef="Escalate" targetRef="EscalatedEnd" />
			    <bpmn:endEvent id="EscalatedEnd" />
			  </bpmn:process>
			  <bpmn:process id="benchReferral" name="Bench referral" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="ReferralStart" />
			    <bpmn:sequenceFlow id="R1" sourceRef="ReferralStart" targetRef="Screen" />
			    <bpmn:userTask id="Screen" camunda:candidateGroups="bench-officers" />
			    <bpmn:sequenceFlow id="R2" sourceRef="Screen" targetRef="Send" />
			    <bpmn:serviceTask id="Send" camunda:asyncBefore="true" camunda:expression="${true}" />
			    <bpmn:sequenceFlow id="R3" sourceRef="Send" targetRef="ReferralEnd" />
			    <bpmn:endEvent id="ReferralEnd" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	private final Api api;

	private final Api.Login admin;

	BareEngine(Api api, Api.Login admin) {
		this.api = api;
		this.admin = admin;
	}

	void deploy() throws Exception {
		api.json(api.postFile("/engine-rest/deployment/create", "bench.bpmn", BPMN, admin, "deployment-name", "bench",
				"enable-duplicate-filtering", "true"), 200);
	}

	/** The referrals' baseline: a user task, then an asynchronous service task that does nothing, run as a job. */
	static final String REFERRAL_PROCESS = "benchReferral";

	/** Engine REST's date format (its default, with milliseconds and the offset). */
	private static final DateTimeFormatter ENGINE_REST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	/** Starts one {@code benchReferral}; its process instance id. */
	String startReferral() throws Exception {
		return api.json(api.post("/engine-rest/process-definition/key/" + REFERRAL_PROCESS + "/start", "{}", admin), 200)
			.path("id")
			.asText();
	}

	/** Completes the referral's user task; the wall-clock time of engine REST's answer, in milliseconds. */
	long completeScreening(String processInstanceId) throws Exception {
		String task = api.json(api.get("/engine-rest/task?processInstanceId=" + processInstanceId, admin), 200)
			.get(0)
			.path("id")
			.asText();
		api.json(api.post("/engine-rest/task/" + task + "/complete", "{}", admin), 204);
		return System.currentTimeMillis();
	}

	/** When the engine ended the referral (its job ran), in epoch milliseconds, or null while it has not. */
	Long endedAt(String processInstanceId) throws Exception {
		var instance = api.json(api.get("/engine-rest/history/process-instance/" + processInstanceId, admin), 200);
		String end = instance.path("endTime").asText(null);
		return end == null ? null : OffsetDateTime.parse(end, ENGINE_REST_TIME).toInstant().toEpochMilli();
	}

	/** Starts one {@code benchCase}; true when engine REST answered 200. */
	boolean start() throws Exception {
		String body = "{\"businessKey\": \"BENCH-" + UUID.randomUUID() + "\"}";
		return api.post("/engine-rest/process-definition/key/" + CASE_PROCESS + "/start", body, admin).statusCode() == 200;
	}

}
