package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.tasks.TaskDeadlines;

/**
 * The case process around its called processes, which are replaced here by stubs with the same keys and the
 * contract's variables and escalations (docs/processes.md); each called process has its own tests.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/stalkingCase.bpmn", "forms/case-immediate-danger.form", "forms/case-closure.form",
		"forms/case-victim-closure-update.form", "forms/case-retention-review.form" })
class StalkingCaseProcessTests {

	static final String REFERENCE = "SH-2026-000042";

	ProcessEngine engine;

	JavaDelegate registerCase = mock(JavaDelegate.class);

	TaskListener recordClosureUpdate = mock(TaskListener.class);

	JavaDelegate escalateDanger = mock(JavaDelegate.class);

	JavaDelegate extendRetention = execution -> execution.setVariable("retentionReviewOn", "2033-01-01T00:00:00Z");

	JavaDelegate requestPurge = mock(JavaDelegate.class);

	String deployment;

	@BeforeEach
	void registerDelegatesAndStubs() throws Exception {
		// Spring Boot tests in the same JVM have an engine of their own
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
		Mocks.register("registerCaseDelegate", registerCase);
		Mocks.register("escalateOverdueTaskDelegate", escalateDanger);
		Mocks.register("closeCaseDelegate",
				(JavaDelegate) execution -> execution.setVariable("retentionReviewOn", "2032-03-02T00:00:00Z"));
		Mocks.register("extendRetentionDelegate", extendRetention);
		Mocks.register("requestPurgeDelegate", requestPurge);
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("recordClosureUpdate", recordClosureUpdate);
		Mocks.register("deadlines", new TaskDeadlines());
		deployment = engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("caseTriage.bpmn", stub("caseTriage", "Task_StubTriage"))
			.addModelInstance("caseInvestigation.bpmn", investigationStub())
			.addModelInstance("spoApplication.bpmn", spoApplicationStub())
			.addModelInstance("orderMonitoring.bpmn", stub("orderMonitoring", "Task_StubMonitor"))
			.deploy()
			.getId();
	}

	@AfterEach
	void reset() throws Exception {
		engine.getRepositoryService().deleteDeployment(deployment, true);
		ClockUtil.reset();
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void aCaseWithoutDangerOrOrderGoesFromTriageThroughInvestigationToClosureAndRetentionReview() throws Exception {
		ProcessInstance caseProcess = report(false);

		assertThat(caseProcess).hasPassed("Task_RegisterCase").isWaitingAt("CallActivity_Triage");
		verify(registerCase).execute(any());
		ProcessInstance triage = called("caseTriage");
		assertThat(triage).hasBusinessKey(REFERENCE)
			.hasVariables("caseId", "caseReference", "caseUnit", "immediateDanger", "repeatCase");

		complete(task(triage), triageResult("STANDARD", false));
		assertThat(caseProcess).hasPassed("Gateway_SpoConsideredAtTriage", "EndEvent_NoOrderYet")
			.isWaitingAt("CallActivity_Investigation")
			.variables()
			.containsEntry("riskLevel", "STANDARD")
			.containsEntry("classification", "HARASSMENT_8L");
		ProcessInstance investigation = called("caseInvestigation");
		assertThat(investigation).hasVariables("riskLevel", "classification", "considerSpo", "caseUnit");

		complete(task(investigation), withVariables("raiseSpo", false));
		complete(task(investigation), withVariables("chargeDecision", "NO_FURTHER_ACTION"));

		assertThat(caseProcess).hasPassed("EndEvent_InvestigationConcluded").isWaitingAt("Task_RecordClosure");
		assertThat(task(caseProcess)).hasCandidateGroup("supervisors")
			.hasName("Record closure outcome · " + REFERENCE + " · STANDARD risk");
		complete(task(caseProcess), withVariables("closureOutcome", "NO_FURTHER_ACTION", "closureNote", "Reviewed"));
		assertThat(caseProcess).hasPassed("Task_CloseCase").isWaitingAt("Task_InformVictimOfClosure");
		assertThat(task(caseProcess)).hasCandidateGroup("investigators");
		complete(task(caseProcess), withVariables("victimInformed", true, "victimUpdateMethod", "PHONE"));
		verify(recordClosureUpdate).notify(any());

		assertThat(caseProcess).isWaitingAt("Event_RetentionReviewDue");
		assertThat(job(caseProcess).getDuedate()).isEqualTo(Date.from(Instant.parse("2032-03-02T00:00:00Z")));
		execute(job(caseProcess));
		assertThat(task(caseProcess)).hasDefinitionKey("Task_ReviewRetention").hasCandidateGroup("supervisors");
		complete(task(caseProcess), withVariables("retentionDecision", "PURGE", "retentionReason", "Criteria met"));

		assertThat(caseProcess).hasPassed("Task_RequestPurge", "EndEvent_CaseClosed").isEnded();
	}

	@Test
	void immediateDangerPutsAnUrgentTaskBeforeSupervisorsThatEscalatesAfter15Minutes() throws Exception {
		ProcessInstance caseProcess = report(true);

		assertThat(caseProcess).isWaitingAt("Task_RespondToImmediateDanger");
		Task urgent = task(caseProcess);
		assertThat(urgent).hasCandidateGroup("supervisors").hasName("Respond to immediate danger · " + REFERENCE);
		assertThat(urgent.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-02T09:15:00Z")));
		assertThat(job(caseProcess).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-02T09:15:00Z")));

		execute(job(caseProcess));

		verify(escalateDanger).execute(any());
		assertThat(caseProcess).hasPassed("EndEvent_DangerEscalated").isWaitingAt("Task_RespondToImmediateDanger");
		complete(task(caseProcess), withVariables("dangerResponse", "OFFICERS_DISPATCHED"));
		assertThat(caseProcess).isWaitingAt("CallActivity_Triage");
	}

	@Test
	void dangerAnsweredInTimeIsNotEscalated() throws Exception {
		ProcessInstance caseProcess = report(true);

		complete(task(caseProcess), withVariables("dangerResponse", "VICTIM_CONFIRMED_SAFE"));

		assertThat(caseProcess).isWaitingAt("CallActivity_Triage").hasNotPassed("Task_EscalateImmediateDanger");
		verify(escalateDanger, never()).execute(any());
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(caseProcess.getId()).count()).isZero();
	}

	@Test
	void aDangerResponseWithoutAnAnswerIsRefusedAndTheTaskStaysOpen() throws Exception {
		ProcessInstance caseProcess = report(true);

		assertThatThrownBy(() -> complete(task(caseProcess), withVariables("dangerResponse", "NOTHING")))
			.hasMessageContaining("dangerResponse");

		assertThat(caseProcess).isWaitingAt("Task_RespondToImmediateDanger");
	}

	@Test
	void anOrderConsideredAtTriageRunsAlongsideTheInvestigationAndEachGrantedOrderIsMonitored() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("HIGH", true));

		assertThat(caseProcess).isWaitingAt("CallActivity_Investigation", "CallActivity_SpoApplication");
		ProcessInstance application = called("spoApplication");
		complete(task(application), withVariables("interim", true, "interimOrderId", "order-interim"));

		assertThat(caseProcess).isWaitingAt("CallActivity_MonitorInterimOrder");
		ProcessInstance interimMonitoring = called("orderMonitoring");
		assertThat(interimMonitoring).variables()
			.containsEntry("orderId", "order-interim")
			.containsEntry("notificationAlreadyMade", false)
			.containsEntry("riskLevel", "HIGH");
		complete(task(interimMonitoring), withVariables("notificationMade", true));
		assertThat(caseProcess).hasPassed("EndEvent_InterimOrderEnded");

		complete(task(application), withVariables("spoOutcome", "FULL_GRANTED", "fullOrderId", "order-full"));

		assertThat(caseProcess).isWaitingAt("CallActivity_MonitorFullOrder", "CallActivity_Investigation");
		ProcessInstance fullMonitoring = called("orderMonitoring");
		assertThat(fullMonitoring).variables()
			.containsEntry("orderId", "order-full")
			.containsEntry("notificationAlreadyMade", true);

		finishInvestigation();
		assertThat(caseProcess).isWaitingAt("CallActivity_MonitorFullOrder");
		complete(task(fullMonitoring));
		assertThat(caseProcess).hasPassed("EndEvent_FullOrderEnded").isWaitingAt("Task_RecordClosure");
	}

	@Test
	void theRiskLevelAnOrdersMonitoringEndsWithIsTheCasesAndGoesToTheFullOrdersMonitoring() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("MEDIUM", true));
		ProcessInstance application = called("spoApplication");
		complete(task(application), withVariables("interim", true, "interimOrderId", "order-interim"));

		// a breach of the interim order was reassessed HIGH inside its monitoring
		complete(task(called("orderMonitoring")), withVariables("notificationMade", true, "riskLevel", "HIGH"));

		assertThat(caseProcess).hasPassed("EndEvent_InterimOrderEnded");
		assertThat(engine.getRuntimeService().getVariableLocal(caseProcess.getId(), "riskLevel")).isEqualTo("HIGH");
		complete(task(application), withVariables("spoOutcome", "FULL_GRANTED", "fullOrderId", "order-full"));
		assertThat(called("orderMonitoring")).variables().containsEntry("riskLevel", "HIGH");

		complete(task(called("orderMonitoring")), withVariables("riskLevel", "MEDIUM"));
		finishInvestigation();
		assertThat(caseProcess).isWaitingAt("Task_RecordClosure");
		assertThat(engine.getRuntimeService().getVariableLocal(caseProcess.getId(), "riskLevel")).isEqualTo("MEDIUM");
		assertThat(task(caseProcess)).hasName("Record closure outcome · " + REFERENCE + " · MEDIUM risk");
	}

	@Test
	void aFullOrderWithoutAnInterimOneMustBeNotifiedAfterService() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("MEDIUM", true));

		complete(task(called("spoApplication")), withVariables("interim", false));
		complete(task(called("spoApplication")), withVariables("spoOutcome", "FULL_GRANTED", "fullOrderId", "order-full"));

		assertThat(caseProcess).hasNotPassed("CallActivity_MonitorInterimOrder");
		assertThat(called("orderMonitoring")).variables().containsEntry("notificationAlreadyMade", false);
	}

	@Test
	void aRefusedApplicationLeavesNoOrderToMonitor() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("HIGH", true));

		complete(task(called("spoApplication")), withVariables("interim", false));
		complete(task(called("spoApplication")), withVariables("spoOutcome", "REFUSED"));
		finishInvestigation();

		assertThat(caseProcess).hasPassed("EndEvent_NoFullOrder").hasNotPassed("CallActivity_MonitorFullOrder")
			.isWaitingAt("Task_RecordClosure");
	}

	@Test
	void theInvestigationCanAskForAnOrderLaterAndTheCaseWaitsForBoth() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("MEDIUM", false));

		complete(task(called("caseInvestigation")), withVariables("raiseSpo", true));

		assertThat(caseProcess).hasPassed("Event_SpoToBeConsidered")
			.isWaitingAt("CallActivity_Investigation", "CallActivity_SpoApplication");
		complete(task(called("caseInvestigation")), withVariables("chargeDecision", "CHARGE"));
		assertThat(caseProcess).variables().containsEntry("chargeDecision", "CHARGE");
		assertThat(caseProcess).isWaitingAt("CallActivity_SpoApplication").isNotWaitingAt("Task_RecordClosure");

		complete(task(called("spoApplication")), withVariables("interim", false));
		complete(task(called("spoApplication")), withVariables("spoOutcome", "NOT_APPLIED"));
		assertThat(caseProcess).isWaitingAt("Task_RecordClosure");
	}

	@Test
	void keepingTheRecordsSetsTheNextReviewAndWaitsAgain() throws Exception {
		ProcessInstance caseProcess = closedCase();
		execute(job(caseProcess));

		complete(task(caseProcess),
				withVariables("retentionDecision", "RETAIN", "retentionReason", "Linked prosecution", "retainForYears", 2));

		assertThat(caseProcess).hasPassed("Task_ExtendRetention").isWaitingAt("Event_RetentionReviewDue");
		assertThat(job(caseProcess).getDuedate()).isEqualTo(Date.from(Instant.parse("2033-01-01T00:00:00Z")));
		verify(requestPurge, never()).execute(any());
	}

	@Test
	void closureStepsLeftUntouchedAreEscalatedAndStayOpen() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("STANDARD", false));
		finishInvestigation();

		escalateAndStayAt(caseProcess, "Event_ClosureOverdue", "P7D", "Task_RecordClosure");
		complete(task(caseProcess), withVariables("closureOutcome", "NO_FURTHER_ACTION", "closureNote", "Reviewed"));
		escalateAndStayAt(caseProcess, "Event_VictimClosureUpdateOverdue", "P5D", "Task_InformVictimOfClosure");
		complete(task(caseProcess), withVariables("victimInformed", true, "victimUpdateMethod", "PHONE"));
		execute(job(caseProcess));
		escalateAndStayAt(caseProcess, "Event_RetentionReviewOverdue", "P28D", "Task_ReviewRetention");

		assertThat(caseProcess).hasPassed("EndEvent_ClosureOverdueEscalated",
				"EndEvent_VictimClosureUpdateOverdueEscalated", "EndEvent_RetentionReviewOverdueEscalated");
		verify(escalateDanger, times(3)).execute(any());
	}

	private void escalateAndStayAt(ProcessInstance caseProcess, String timer, String deadline, String taskKey) {
		Job deadlineTimer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(caseProcess.getId())
			.activityId(timer)
			.singleResult();
		assertThat(deadlineTimer.getDuedate())
			.isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(deadline))));
		execute(deadlineTimer);
		assertThat(caseProcess).isWaitingAt(taskKey);
	}

	@Test
	void closureAndRetentionAnswersAreCheckedOnTheServer() throws Exception {
		ProcessInstance caseProcess = report(false);
		complete(task(called("caseTriage")), triageResult("STANDARD", false));
		finishInvestigation();

		assertThatThrownBy(() -> complete(task(caseProcess), withVariables("closureOutcome", "SOLVED")))
			.hasMessageContaining("closureOutcome")
			.hasMessageContaining("closureNote");
		assertThat(caseProcess).isWaitingAt("Task_RecordClosure");

		ProcessInstance closed = closedCase();
		execute(job(closed));
		assertThatThrownBy(() -> complete(task(closed), withVariables("retentionDecision", "RETAIN", "retentionReason", "x")))
			.hasMessageContaining("retainForYears");
		assertThat(closed).isWaitingAt("Task_ReviewRetention");
	}

	private ProcessInstance closedCase() {
		ProcessInstance caseProcess = report(false);
		complete(task(called(caseProcess, "caseTriage")), triageResult("STANDARD", false));
		ProcessInstance investigation = called(caseProcess, "caseInvestigation");
		complete(task(investigation), withVariables("raiseSpo", false));
		complete(task(investigation), withVariables("chargeDecision", "CHARGE"));
		complete(task(caseProcess), withVariables("closureOutcome", "CHARGED", "closureNote", "Charged and convicted"));
		complete(task(caseProcess), withVariables("victimInformed", true, "victimUpdateMethod", "EMAIL"));
		return caseProcess;
	}

	private void finishInvestigation() {
		ProcessInstance investigation = called("caseInvestigation");
		if (task(investigation).getTaskDefinitionKey().equals("Task_StubInvestigate")) {
			complete(task(investigation), withVariables("raiseSpo", false));
		}
		complete(task(investigation), withVariables("chargeDecision", "NO_FURTHER_ACTION"));
	}

	private static Map<String, Object> triageResult(String riskLevel, boolean considerSpo) {
		return withVariables("riskLevel", riskLevel, "classification", "HARASSMENT_8L", "considerSpo", considerSpo,
				"maracReferral", "HIGH".equals(riskLevel), "urgentSafeguarding", false);
	}

	private ProcessInstance report(boolean immediateDanger) {
		return engine.getRuntimeService()
			.createMessageCorrelation(ProcessMessages.REPORT_RECEIVED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable("caseId", "c-42")
			.setVariable("caseReference", REFERENCE)
			.setVariable("immediateDanger", immediateDanger)
			.setVariable("caseUnit", "NORTH")
			.correlateStartMessage();
	}

	private ProcessInstance called(String key) {
		List<ProcessInstance> running = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(key)
			.processInstanceBusinessKey(REFERENCE)
			.orderByProcessInstanceId()
			.desc()
			.list();
		assertThat(running).as("running " + key).isNotEmpty();
		return running.stream()
			.filter(pi -> engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count() > 0)
			.reduce((first, second) -> first)
			.orElse(running.get(0));
	}

	private ProcessInstance called(ProcessInstance parent, String key) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(key)
			.superProcessInstanceId(parent.getId())
			.singleResult();
	}

	private static BpmnModelInstance stub(String key, String taskId) {
		return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask(taskId).endEvent().done();
	}

	/** Investigation: the first task may ask for an order to be considered; the second concludes. */
	private static BpmnModelInstance investigationStub() {
		return Bpmn.createExecutableProcess("caseInvestigation")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_StubInvestigate")
			.exclusiveGateway("Gateway_StubRaise")
			.condition("raise", "${raiseSpo}")
			.intermediateThrowEvent("Event_StubSpo")
			.escalation("SpoToBeConsidered")
			.userTask("Task_StubConclude")
			.endEvent()
			.moveToNode("Gateway_StubRaise")
			.condition("quiet", "${!raiseSpo}")
			.connectTo("Task_StubConclude")
			.done();
	}

	/** Application: the first hearing may grant an interim order (escalation); the second decides. */
	private static BpmnModelInstance spoApplicationStub() {
		return Bpmn.createExecutableProcess("spoApplication")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_StubFirstHearing")
			.exclusiveGateway("Gateway_StubInterim")
			.condition("interim", "${interim}")
			.intermediateThrowEvent("Event_StubInterim")
			.escalation("InterimOrderGranted")
			.userTask("Task_StubMainHearing")
			.endEvent()
			.moveToNode("Gateway_StubInterim")
			.condition("no interim", "${!interim}")
			.connectTo("Task_StubMainHearing")
			.done();
	}

}
