package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.breach.BreachHandlingFixtures;
import uk.police.spo.breach.BreachRecords;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;
import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.support.ReferralSends;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.triage.RiskAssessment;
import uk.police.spo.triage.RiskAssessmentRepository;
import uk.police.spo.triage.RiskFactors;
import uk.police.spo.triage.RiskOutcome;
import uk.police.spo.triage.RiskReassessments;

/**
 * A breach of a full order, from the case process down: stalkingCase, orderMonitoring and breachHandling as deployed,
 * scored by the real DMN {@code triageRisk}, recorded by the real breach and risk records (repositories stubbed);
 * triage, investigation and the application are stubs with the contract's variables. The reassessed level must be
 * the case's risk assessment and its level in every running process and open task of the case.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/stalkingCase.bpmn", "processes/orderMonitoring.bpmn",
		"processes/breachHandling.bpmn", "processes/triageRisk.dmn", "forms/case-immediate-danger.form",
		"forms/case-closure.form", "forms/case-victim-closure-update.form", "forms/case-retention-review.form",
		"forms/monitoring-acknowledge-notification.form",
		"forms/monitoring-review-order.form", "forms/monitoring-consider-renewal.form",
		"forms/monitoring-renewal-outcome.form", "forms/monitoring-prepare-variation.form",
		"forms/monitoring-variation-outcome.form", "forms/monitoring-prepare-discharge.form",
		"forms/monitoring-discharge-outcome.form", "forms/breach-record-offence.form",
		"forms/breach-arrest-and-charge.form", "forms/breach-reassess-risk.form",
		"forms/triage-plan-safeguarding.form" })
class BreachRiskReassessmentProcessTests {

	static final String REFERENCE = "SH-2026-000077";

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	ProcessEngine engine;

	RuntimeService runtime;

	String stubs;

	final CaseFile caseFile = new CaseFile(REFERENCE, ReporterType.VICTIM, false, Relationship.EX_PARTNER, false,
			NOW.minusSeconds(90 * 86400));

	final String orderId = UUID.randomUUID().toString();

	final CaseRecords records = mock(CaseRecords.class);

	final RiskAssessmentRepository assessments = mock(RiskAssessmentRepository.class);

	final MonitoredOrders orders = mock(MonitoredOrders.class);

	@BeforeEach
	void register() {
		BpmnAwareTests.init(engine);
		runtime = engine.getRuntimeService();
		ClockUtil.setCurrentTime(Date.from(NOW));
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		caseFile.triaged("STALKING_8Q", "STANDARD");
		when(records.load(any())).thenReturn(caseFile);
		when(records.record(any(), anyString(), anyString())).thenReturn(caseFile);
		when(records.actor()).thenReturn("investigator");
		when(assessments.save(any())).thenAnswer(call -> call.getArgument(0));
		when(orders.serve(any(), any(), any())).thenReturn(ProtectiveOrder.full(caseFile.id(), LocalDate.of(2026, 3, 1),
				null, null));

		BreachRecords breachRecords = BreachHandlingFixtures.keptInMemory(records,
				new RiskReassessments(records, assessments, clock), clock);
		BreachHandlingFixtures.register(breachRecords, records);
		Mocks.register("registerCaseDelegate", mock(JavaDelegate.class));
		Mocks.register("monitoringSchedule", new MonitoringSchedule("P3M", "P2M"));
		Mocks.register("recordServiceDelegate", new RecordServiceDelegate(orders));
		Mocks.register("recordBreachReportDelegate", new RecordBreachReportDelegate(breachRecords));
		Mocks.register("recordDischargeDelegate", new RecordDischargeDelegate(orders));
		stubs = engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("caseTriage.bpmn", stub("caseTriage", "Task_StubTriage"))
			.addModelInstance("caseInvestigation.bpmn", stub("caseInvestigation", "Task_StubInvestigate"))
			.addModelInstance("spoApplication.bpmn", stub("spoApplication", "Task_StubFullHearing"))
			.deploy()
			.getId();
	}

	@AfterEach
	void reset() {
		engine.getRepositoryService().deleteDeployment(stubs, true);
		Mocks.reset();
		BpmnAwareTests.reset();
		ClockUtil.reset();
	}

	@Test
	void aBreachWithOtherwiseStandardAnswersIsAtLeastMediumForTheCaseAndEveryProcessOfIt() {
		ProcessInstance caseProcess = orderServedAfterTriageAt("STANDARD");
		ProcessInstance monitoring = called("orderMonitoring");
		ProcessInstance investigation = called("caseInvestigation");
		assertThat(task(investigation).getName()).isEqualTo("Investigate · " + REFERENCE + " · STANDARD risk");

		// DMN triageRisk, Rule_BreachMedium: a breach of an order is at least medium; Rule_SpoAfterBreach: consider one
		handleBreach(Map.of("yesAnswers", 3, "dashStalkingQuestion", "YES", "followedVictim", true,
				"turnedUpUnannounced", true, "victimVeryFrightened", false, "threatsOfViolence", false,
				"professionalJudgementHigh", false, "incidentCount", 3, "variationNeeded", false));

		RiskAssessment assessment = savedAssessment();
		assertThat(assessment.context()).isEqualTo(RiskAssessment.BREACH);
		assertThat(assessment.caseId()).isEqualTo(caseFile.id());
		assertThat(assessment.factors()).isEqualTo(new RiskFactors(3, "YES", 2, false, false, false, 3, true));
		assertThat(assessment.outcome()).isEqualTo(new RiskOutcome("MEDIUM", false, true, false));
		// the screening questions of the one risk checklist, kept one by one as at triage
		assertThat(assessment.screening()).isEqualTo(new ScreeningAnswers(false, true, null, true, false, null, null,
				null));
		assertThat(assessment.assessedBy()).isEqualTo("investigator");
		assertThat(assessment.assessedAt()).isEqualTo(NOW);
		assertThat(caseFile.riskLevel()).contains("MEDIUM");
		verify(records).record(caseFile.id(), "RISK_REASSESSED",
				"Risk reassessed after a breach of the order: STANDARD to MEDIUM: consider an SPO");
		verify(records).audit(caseFile.id(), AuditAction.COLLECT, List.of("riskAssessment.answers"),
				"risk reassessment after a breach");

		// at the process instance scope of the order's monitoring and of the case, while the order is still in force
		assertThat(monitoring).isWaitingAt("Event_ReviewDue");
		assertThat(runtime.getVariableLocal(monitoring.getId(), "riskLevel")).isEqualTo("MEDIUM");
		assertThat(runtime.getVariableLocal(caseProcess.getId(), "riskLevel")).isEqualTo("MEDIUM");
		assertThat(runtime.getVariableLocal(investigation.getId(), "riskLevel")).isEqualTo("MEDIUM");
		assertThat(task(investigation).getName()).isEqualTo("Investigate · " + REFERENCE + " · MEDIUM risk");

		// a new task of the monitoring names the new level; when the order ends, the case process keeps it
		runtime.createMessageCorrelation(ProcessMessages.DISCHARGE_REQUESTED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable("dischargeApplicant", "DEFENDANT")
			.correlate();
		assertThat(task(monitoring).getName()).endsWith(" · " + REFERENCE + " · MEDIUM risk");
		complete(task(monitoring), withVariables("dischargeApplicant", "DEFENDANT", "dischargeLodgedOn", "2026-03-01",
				"victimViewsSought", true));
		complete(task(monitoring), withVariables("dischargeDecision", "GRANTED", "dischargeDecidedOn", "2026-03-01"));
		assertThat(monitoring).isEnded();
		assertThat(caseProcess).hasPassed("CallActivity_MonitorFullOrder");
		complete(task(investigation), withVariables("chargeDecision", "CHARGE"));
		assertThat(caseProcess).isWaitingAt("Task_RecordClosure");
		assertThat(runtime.getVariableLocal(caseProcess.getId(), "riskLevel")).isEqualTo("MEDIUM");
		assertThat(task(caseProcess).getName()).isEqualTo("Record closure outcome · " + REFERENCE + " · MEDIUM risk");
	}

	@Test
	void aBreachScoredHighPutsTheCasesOpenTasksInTheHighRiskFilter() {
		orderServedAfterTriageAt("MEDIUM");
		assertThat(highRiskTasks()).isEmpty();

		// DMN triageRisk, Rule_DashHigh: 14 or more DASH yes answers, a breach or not
		Map<String, Object> answers = new java.util.HashMap<>(Map.of("yesAnswers", 16, "dashStalkingQuestion", "YES",
				"victimVeryFrightened", true, "turnedUpUnannounced", true, "damagedProperty", true, "followedVictim",
				true, "harassedOthers", true, "violentToOthers", true, "threatsOfViolence", false,
				"professionalJudgementHigh", false));
		answers.putAll(Map.of("incidentCount", 5, "variationNeeded", true));
		handleBreach(answers);

		assertThat(savedAssessment().outcome()).isEqualTo(new RiskOutcome("HIGH", true, true, true));
		assertThat(caseFile.riskLevel()).contains("HIGH");
		// the Tasklist filter "High risk" asks exactly this of the process variables (security.TasklistFilters)
		assertThat(highRiskTasks()).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder("Task_StubInvestigate", "Task_PrepareVariationApplication");
		assertThat(highRiskTasks()).extracting(Task::getName).allMatch(name -> name.endsWith(" · HIGH risk"));
	}

	private ProcessInstance orderServedAfterTriageAt(String riskLevel) {
		ProcessInstance caseProcess = runtime.createMessageCorrelation(ProcessMessages.REPORT_RECEIVED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable("caseId", caseFile.id().toString())
			.setVariable("caseReference", REFERENCE)
			.setVariable("immediateDanger", false)
			.setVariable("caseUnit", "NORTH")
			.correlateStartMessage();
		complete(task(called("caseTriage")), withVariables("riskLevel", riskLevel, "classification", "STALKING_8Q",
				"considerSpo", true, "maracReferral", false, "urgentSafeguarding", false));
		complete(task(called("spoApplication")), withVariables("spoOutcome", "FULL_GRANTED", "fullOrderId", orderId));
		assertThat(caseProcess).isWaitingAt("CallActivity_Investigation", "CallActivity_MonitorFullOrder");
		correlate(ProcessMessages.ORDER_SERVED, Map.of("servedAt", "2026-03-02T09:00:00Z"));
		return caseProcess;
	}

	private void handleBreach(Map<String, Object> riskAnswers) {
		correlate(ProcessMessages.BREACH_REPORTED, Map.of("reportedBy", "HOUSING", "breachOccurredAt", "2026-03-02T08:00:00Z"));
		ProcessInstance breach = called("breachHandling");
		complete(task(breach), withVariables("crimeReference", "CR/2026/88", "breachRecordedAsCrime", true));
		complete(task(breach), withVariables("arrestDecision", "ARRESTED", "chargeDecision", "CHARGE"));
		ReferralSends.run(engine.getManagementService(), breach.getId());
		complete(task(breach), riskAnswers);
		BreachHandlingFixtures.followUpTheRisk(engine, breach);
		assertThat(breach).isEnded();
	}

	private RiskAssessment savedAssessment() {
		ArgumentCaptor<RiskAssessment> saved = ArgumentCaptor.forClass(RiskAssessment.class);
		verify(assessments).save(saved.capture());
		return saved.getValue();
	}

	private List<Task> highRiskTasks() {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(REFERENCE)
			.processVariableValueEquals("riskLevel", "HIGH")
			.list();
	}

	private void correlate(String message, Map<String, Object> variables) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(REFERENCE).setVariables(variables).correlate();
	}

	private ProcessInstance called(String key) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(key)
			.processInstanceBusinessKey(REFERENCE)
			.singleResult();
	}

	/** One labelled user task, named after what the called process does. */
	private static BpmnModelInstance stub(String key, String taskId) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask(taskId)
			.name(key.equals("caseInvestigation") ? "Investigate" : key)
			.camundaTaskListenerDelegateExpression("create", "${caseTaskLabel}")
			.endEvent()
			.done();
	}

}
