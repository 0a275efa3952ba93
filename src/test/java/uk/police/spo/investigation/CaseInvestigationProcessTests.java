package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.WorkingDays;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.tasks.TaskDeadlines;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/caseInvestigation.bpmn", "forms/investigation-plan.form",
		"forms/investigation-log-evidence.form", "forms/investigation-consider-search.form",
		"forms/investigation-arrest-suspect.form", "forms/investigation-interview-suspect.form",
		"forms/investigation-decide-charge.form", "forms/investigation-prosecutors-decision.form",
		"forms/investigation-update-victim.form" })
class CaseInvestigationProcessTests {

	static final String REFERENCE = "SH-2026-000007";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** A Friday morning: one working day later is the Monday. */
	static final Instant FRIDAY = LocalDateTime.of(2026, 3, 6, 10, 0).atZone(LONDON).toInstant();

	ProcessEngine engine;

	String parentDeployment;

	final UUID caseId = UUID.randomUUID();

	/** Good Friday and Easter Monday 2026, England and Wales bank holidays. */
	static final List<LocalDate> EASTER_2026 = List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));

	final CaseRecords records = mock(CaseRecords.class);

	final InvestigationActionRepository actions = mock(InvestigationActionRepository.class);

	@BeforeEach
	void registerBeans() {
		// Spring Boot tests in the same JVM have an engine of their own
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(FRIDAY));
		when(records.actor()).thenReturn("investigator");
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("deadlines", new TaskDeadlines());
		Mocks.register("victimUpdateDeadline", new VictimUpdateDeadline(new InvestigationProperties(null, null),
				new WorkingDays(EASTER_2026)));
		Mocks.register("openInvestigationDelegate", new OpenInvestigationDelegate(records));
		Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(records));
		Mocks.register("recordInvestigationAction",
				new RecordInvestigationAction(actions, records, Clock.fixed(FRIDAY, ZoneOffset.UTC)));
	}

	@AfterEach
	void reset() {
		if (parentDeployment != null) {
			engine.getRepositoryService().deleteDeployment(parentDeployment, true);
		}
		ClockUtil.reset();
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void theCaseGoesUnderInvestigationAndAnInvestigatorPlansIt() {
		ProcessInstance investigation = start("MEDIUM", "HARASSMENT_8L", false);

		assertThat(investigation).hasPassed("Task_OpenInvestigation")
			.isWaitingAt("Task_PlanInvestigation")
			.variables()
			.containsEntry("victimEnhancedRights", false);
		verify(records).moveTo(caseId, CaseStatus.UNDER_INVESTIGATION, "INVESTIGATION_OPENED", "Investigation opened");
		Task plan = task(investigation);
		assertThat(plan).hasCandidateGroup("investigators")
			.hasName("Plan the investigation · " + REFERENCE + " · MEDIUM risk")
			.hasDueDate(Date.from(FRIDAY.plus(Duration.ofDays(3))));
		CamundaFormRef form = engine.getTaskService()
			.createTaskQuery()
			.taskId(plan.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef();
		assertThat(form.getKey()).isEqualTo("investigation-plan");
		assertThat(form.getBinding()).isEqualTo("deployment");
	}

	@Test
	void thePlanIsRecordedAndItsFreeTextLeavesTheProcess() {
		ProcessInstance investigation = start("MEDIUM", "HARASSMENT_8L", true);

		complete(task(investigation), plan(true));

		ArgumentCaptor<InvestigationAction> saved = ArgumentCaptor.forClass(InvestigationAction.class);
		verify(actions, atLeastOnce()).save(saved.capture());
		assertThat(saved.getAllValues()).extracting(InvestigationAction::kind, InvestigationAction::outcome,
				InvestigationAction::reason, InvestigationAction::recordedBy)
			.containsExactly(
					tuple(ActionKind.INVESTIGATION_PLANNED, "VICTIM_STATEMENT,CCTV", null,
							"investigator"),
					tuple(ActionKind.SPO_CONSIDERED, "SPO_TO_BE_CONSIDERED",
							"Fixated on the victim for months", "investigator"));
		verify(records).record(caseId, "SPO_CONSIDERED", "SPO_CONSIDERED: SPO_TO_BE_CONSIDERED");
		assertThat(investigation).isWaitingAt("Task_LogEvidence")
			.variables()
			.doesNotContainKey("spoConsiderationReason")
			.containsEntry("considerSpoNow", true);
	}

	@Test
	void anOrderTheInvestigatorWantsConsideredIsRaisedWithTheCaseWhenTriageDidNot() {
		ProcessInstance parent = startUnderParent(false);
		ProcessInstance investigation = calledProcessInstance(parent);

		complete(task(investigation), plan(true));

		assertThat(investigation).hasPassed("Event_SpoToBeConsidered").isWaitingAt("Task_LogEvidence");
		assertThat(parent).isWaitingAt("CallActivity_Investigation", "Task_ConsiderSpo");
	}

	@Test
	void anOrderAlreadyRaisedByTriageIsNotRaisedAgain() {
		ProcessInstance parent = startUnderParent(true);
		ProcessInstance investigation = calledProcessInstance(parent);

		complete(task(investigation), plan(true));

		assertThat(investigation).hasNotPassed("Event_SpoToBeConsidered").isWaitingAt("Task_LogEvidence");
		assertThat(parent).isWaitingAt("CallActivity_Investigation");
		assertThat(parent).isNotWaitingAt("Task_ConsiderSpo");
	}

	@Test
	void noOrderIsRaisedWhenTheInvestigatorSeesNoNeedYet() {
		ProcessInstance parent = startUnderParent(false);
		ProcessInstance investigation = calledProcessInstance(parent);

		complete(task(investigation), plan(false));

		assertThat(investigation).hasNotPassed("Event_SpoToBeConsidered").isWaitingAt("Task_LogEvidence");
		assertThat(parent).isNotWaitingAt("Task_ConsiderSpo");
	}

	@Test
	void anArrestIsToldToTheVictimWhileTheInvestigationCarriesOn() {
		ProcessInstance investigation = driveTo("Task_ArrestSuspect", start("MEDIUM", "HARASSMENT_8L", false));

		complete(task(investigation), withVariables("suspectArrested", true));

		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfArrest", "Task_InterviewSuspect");
		assertThat(task("Task_UpdateVictimOfArrest", investigation)).hasCandidateGroup("investigators")
			.hasDueDate(Date.from(LocalDateTime.of(2026, 3, 13, 10, 0).atZone(LONDON).toInstant()));
		complete(task("Task_InterviewSuspect", investigation), interviewed());
		complete(task("Task_DecideCharge", investigation), decision("CHARGE"));
		complete(task("Task_UpdateVictimOfDecision", investigation), victimTold());
		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfArrest");

		complete(task("Task_UpdateVictimOfArrest", investigation), victimTold());

		assertThat(investigation).hasPassed("EndEvent_VictimToldOfArrest", "EndEvent_InvestigationCompleted").isEnded();
		verify(records).record(caseId, "VICTIM_UPDATED", "VICTIM_UPDATED: ARREST BY PHONE");
		assertThat(endValue(investigation, "chargeDecision")).isEqualTo("CHARGE");
	}

	@Test
	void aReleaseOnBailIsToldToTheVictimByTheVictimsCodeDeadlineWhileTheChargeDecisionGoesOn() {
		ProcessInstance investigation = driveTo("Task_InterviewSuspect", start("MEDIUM", "HARASSMENT_8L", false));

		complete(task(investigation), withVariables("suspectInterviewed", true, "interviewType", "UNDER_ARREST",
				"bailDecision", "BAIL_WITH_CONDITIONS"));

		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfBail", "Task_DecideCharge");
		verify(records).record(caseId, "INTERVIEW", "INTERVIEW: UNDER_ARREST BAIL_WITH_CONDITIONS");
		Date due = Date.from(LocalDateTime.of(2026, 3, 13, 10, 0).atZone(LONDON).toInstant());
		assertThat(task("Task_UpdateVictimOfBail", investigation)).hasCandidateGroup("investigators").hasDueDate(due);
		Job overdue = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(investigation.getId())
			.activityId("Event_BailUpdateOverdue")
			.singleResult();
		assertThat(overdue.getDuedate()).isEqualTo(due);
		engine.getManagementService().executeJob(overdue.getId());
		assertThat(investigation).hasPassed("Task_EscalateBailUpdate", "EndEvent_BailUpdateEscalated");
		assertThat(task("Task_UpdateVictimOfBail", investigation)).hasCandidateGroup("supervisors");

		complete(task("Task_UpdateVictimOfBail", investigation), victimTold());

		assertThat(investigation).hasPassed("EndEvent_VictimToldOfBail").isWaitingAt("Task_DecideCharge");
		verify(records).record(caseId, "VICTIM_UPDATED", "VICTIM_UPDATED: BAIL BY PHONE");
	}

	@ParameterizedTest
	@CsvSource({ "UNDER_ARREST, KEPT_IN_CUSTODY", "VOLUNTARY, " })
	void noBailUpdateWhenTheSuspectIsKeptInCustodyOrAttendedVoluntarily(String interviewType, String bailDecision) {
		ProcessInstance investigation = driveTo("Task_InterviewSuspect", start("MEDIUM", "HARASSMENT_8L", false));
		Map<String, Object> answers = new HashMap<>(
				withVariables("suspectInterviewed", true, "interviewType", interviewType));
		if (bailDecision != null) {
			answers.put("bailDecision", bailDecision);
		}

		complete(task(investigation), answers);

		assertThat(investigation).isWaitingAt("Task_DecideCharge").hasNotPassed("Gateway_BailFollowUp");
		assertThat(task("Task_UpdateVictimOfBail", investigation)).isNull();
	}

	@Test
	void withoutAnArrestTheInvestigationGoesStraightToTheInterview() {
		ProcessInstance investigation = driveTo("Task_ArrestSuspect", start("MEDIUM", "HARASSMENT_8L", false));

		complete(task(investigation),
				withVariables("suspectArrested", false, "arrestNotMadeReason", "Suspect abroad until May"));

		assertThat(investigation).isWaitingAt("Task_InterviewSuspect").isNotWaitingAt("Task_UpdateVictimOfArrest");
		verify(records).record(caseId, "ARREST", "ARREST: NOT_ARRESTED");
		assertThat(investigation).variables().doesNotContainKey("arrestNotMadeReason");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CHARGE", "NO_FURTHER_ACTION", "OTHER_OFFENCES" })
	void thePolicesDecisionIsToldToTheVictimAndEndsTheInvestigation(String chargeDecision) {
		ProcessInstance investigation = driveTo("Task_DecideCharge", start("MEDIUM", "HARASSMENT_8L", false));

		complete(task(investigation), decision(chargeDecision));

		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfDecision").hasNotPassed("Task_RecordProsecutorsDecision");
		String outcome = chargeDecision.equals("OTHER_OFFENCES") ? "OTHER_OFFENCES ASSAULT" : chargeDecision;
		verify(records).record(caseId, "CHARGE_DECISION", "CHARGE_DECISION: " + outcome);
		complete(task(investigation), victimTold());
		assertThat(investigation).hasPassed("EndEvent_InvestigationCompleted").isEnded();
		assertThat(endValue(investigation, "chargeDecision")).isEqualTo(chargeDecision);
	}

	@Test
	void aReferralWaitsForTheProsecutorsDecisionWhichIsToldToTheVictim() {
		ProcessInstance investigation = driveTo("Task_DecideCharge", start("MEDIUM", "HARASSMENT_8L", false));

		complete(task(investigation), decision("REFER_TO_PROSECUTORS"));

		assertThat(investigation).isWaitingAt("Task_RecordProsecutorsDecision");
		assertThat(task(investigation)).hasCandidateGroup("investigators")
			.hasDueDate(Date.from(FRIDAY.plus(Duration.ofDays(28))));
		complete(task(investigation),
				withVariables("prosecutorsDecision", "OTHER_OFFENCES", "otherOffence", "BREACH_OF_ORDER"));
		verify(records).record(caseId, "PROSECUTORS_DECISION", "PROSECUTORS_DECISION: OTHER_OFFENCES BREACH_OF_ORDER");
		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfDecision");
		complete(task(investigation), victimTold());
		assertThat(investigation).isEnded();
		assertThat(endValue(investigation, "chargeDecision")).isEqualTo("REFER_TO_PROSECUTORS");
		assertThat(endValue(investigation, "prosecutorsDecision")).isEqualTo("OTHER_OFFENCES");
	}

	@ParameterizedTest
	@CsvSource({ "Task_PlanInvestigation, Event_PlanOverdue, Task_EscalatePlan, EndEvent_PlanEscalated, 3",
			"Task_LogEvidence, Event_EvidenceLogOverdue, Task_EscalateEvidenceLog, EndEvent_EvidenceLogEscalated, 14",
			"Task_ConsiderSearch, Event_SearchDecisionOverdue, Task_EscalateSearchDecision, EndEvent_SearchDecisionEscalated, 2",
			"Task_ArrestSuspect, Event_ArrestDecisionOverdue, Task_EscalateArrestDecision, EndEvent_ArrestDecisionEscalated, 7",
			"Task_InterviewSuspect, Event_InterviewOverdue, Task_EscalateInterview, EndEvent_InterviewEscalated, 7",
			"Task_DecideCharge, Event_ChargeDecisionOverdue, Task_EscalateChargeDecision, EndEvent_ChargeDecisionEscalated, 14",
			"Task_RecordProsecutorsDecision, Event_ProsecutorsDecisionOverdue, Task_EscalateProsecutorsDecision, EndEvent_ProsecutorsDecisionEscalated, 28",
			"Task_UpdateVictimOfArrest, Event_ArrestUpdateOverdue, Task_EscalateArrestUpdate, EndEvent_ArrestUpdateEscalated, 7",
			"Task_UpdateVictimOfDecision, Event_DecisionUpdateOverdue, Task_EscalateDecisionUpdate, EndEvent_DecisionUpdateEscalated, 7" })
	void anUntouchedTaskIsEscalatedToSupervisorsAtItsDeadlineAndStaysOpen(String taskKey, String timer,
			String escalation, String escalated, int daysToDeadline) {
		ProcessInstance investigation = driveTo(taskKey, start("MEDIUM", "HARASSMENT_8L", false));
		Task waiting = task(taskKey, investigation);
		Job job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(investigation.getId())
			.activityId(timer)
			.singleResult();
		// a victim's deadline is in working days: five from a Friday is the next Friday
		assertThat(job.getDuedate()).isEqualTo(waiting.getDueDate())
			.isEqualTo(Date.from(FRIDAY.plus(Duration.ofDays(daysToDeadline))));

		ClockUtil.setCurrentTime(job.getDuedate());
		engine.getManagementService().executeJob(job.getId());

		assertThat(investigation).hasPassed(timer, escalation, escalated).isWaitingAt(taskKey);
		assertThat(task(taskKey, investigation).getPriority()).isEqualTo(EscalateOverdueTaskDelegate.ESCALATED_PRIORITY);
		assertThat(task(taskKey, investigation)).hasCandidateGroup("supervisors").hasCandidateGroup("investigators");
		String taskName = engine.getRepositoryService()
			.getBpmnModelInstance(investigation.getProcessDefinitionId())
			.getModelElementById(taskKey)
			.getAttributeValue("name");
		verify(records).record(caseId, "TASK_ESCALATED", "Overdue, escalated to supervisors: " + taskName);
	}

	@ParameterizedTest
	@CsvSource({ "HIGH, HARASSMENT_8L", "STANDARD, STALKING_8Q" })
	void aVictimWithEnhancedRightsIsToldWithinOneWorkingDay(String riskLevel, String classification) {
		ProcessInstance investigation = driveTo("Task_ArrestSuspect", start(riskLevel, classification, false));
		assertThat(investigation).variables().containsEntry("victimEnhancedRights", true);

		complete(task(investigation), withVariables("suspectArrested", true));

		Date monday = Date.from(LocalDateTime.of(2026, 3, 9, 10, 0).atZone(LONDON).toInstant());
		assertThat(task("Task_UpdateVictimOfArrest", investigation).getDueDate()).isEqualTo(monday);
		assertThat(engine.getManagementService()
			.createJobQuery()
			.activityId("Event_ArrestUpdateOverdue")
			.processInstanceId(investigation.getId())
			.singleResult()
			.getDuedate()).isEqualTo(monday);
	}

	@Test
	void victimUpdateWorkingDaysSkipBankHolidays() {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 4, 2, 10, 0).atZone(LONDON).toInstant()));
		ProcessInstance investigation = driveTo("Task_ArrestSuspect", start("HIGH", "STALKING_8Q", false));

		complete(task(investigation), withVariables("suspectArrested", true));

		// Thursday before Easter: one working day is the Tuesday, past Good Friday, the weekend and Easter Monday
		assertThat(task("Task_UpdateVictimOfArrest", investigation).getDueDate())
			.isEqualTo(Date.from(LocalDateTime.of(2026, 4, 7, 10, 0).atZone(LONDON).toInstant()));
	}

	@Test
	void theSecondVictimUpdateOpensWithNothingToldAndCannotBeCompletedOnTheFirstOnesAnswers() {
		ProcessInstance investigation = driveTo("Task_ArrestSuspect", start("MEDIUM", "HARASSMENT_8L", false));
		complete(task(investigation), withVariables("suspectArrested", true));
		complete(task("Task_UpdateVictimOfArrest", investigation), victimTold());
		complete(task("Task_InterviewSuspect", investigation), interviewed());
		complete(task("Task_DecideCharge", investigation), decision("CHARGE"));

		Task decisionUpdate = task("Task_UpdateVictimOfDecision", investigation);
		assertThat(taskService().getVariables(decisionUpdate.getId())).containsEntry("victimUpdated", null)
			.containsEntry("victimUpdateMethod", null);
		assertThatThrownBy(() -> complete(decisionUpdate)).hasMessageContaining("victimUpdated");
		assertThat(investigation).isWaitingAt("Task_UpdateVictimOfDecision");
	}

	@Test
	void aSubmissionTheValidatorRefusesLeavesTheTaskOpenAndRecordsNothing() {
		ProcessInstance investigation = driveTo("Task_ConsiderSearch", start("MEDIUM", "HARASSMENT_8L", false));

		assertThatThrownBy(() -> complete(task(investigation), withVariables("searchConducted", false)))
			.hasMessageContaining("searchNotDoneReason");

		assertThat(investigation).isWaitingAt("Task_ConsiderSearch");
		verify(records, never()).record(eq(caseId), eq("SEARCH_OF_PREMISES"), any());
	}

	@Test
	void theVictimUpdateTasksNameTheirCase() {
		ProcessInstance investigation = driveTo("Task_UpdateVictimOfDecision", start("HIGH", "STALKING_8Q", false));

		assertThat(task(investigation)).hasName("Tell the victim of the decision · " + REFERENCE + " · HIGH risk");
		verify(records).moveTo(eq(caseId), eq(CaseStatus.UNDER_INVESTIGATION), eq("INVESTIGATION_OPENED"),
				startsWith("Investigation opened; victim has enhanced rights"));
	}

	private ProcessInstance start(String riskLevel, String classification, boolean considerSpo) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("caseInvestigation", REFERENCE, variables(riskLevel, classification, considerSpo));
	}

	private Map<String, Object> variables(String riskLevel, String classification, boolean considerSpo) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", caseId.toString());
		variables.put("caseReference", REFERENCE);
		variables.put("caseUnit", "NORTH");
		variables.put("riskLevel", riskLevel);
		variables.put("classification", classification);
		variables.put("considerSpo", considerSpo);
		return variables;
	}

	/** A stalking case process, as far as the investigation goes: an SPO branch on the escalation. */
	private ProcessInstance startUnderParent(boolean considerSpo) {
		BpmnModelInstance parent = Bpmn.createExecutableProcess("investigationParent")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.callActivity("CallActivity_Investigation")
			.calledElement("caseInvestigation")
			.camundaInBusinessKey("#{execution.processBusinessKey}")
			.camundaIn("caseId", "caseId")
			.camundaIn("caseReference", "caseReference")
			.camundaIn("caseUnit", "caseUnit")
			.camundaIn("riskLevel", "riskLevel")
			.camundaIn("classification", "classification")
			.camundaIn("considerSpo", "considerSpo")
			.endEvent()
			.moveToActivity("CallActivity_Investigation")
			.boundaryEvent("Event_SpoToBeConsidered")
			.cancelActivity(false)
			.escalation("SpoToBeConsidered")
			.userTask("Task_ConsiderSpo")
			.endEvent()
			.done();
		parentDeployment = engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("investigationParent.bpmn", parent)
			.deploy()
			.getId();
		return engine.getRuntimeService()
			.startProcessInstanceByKey("investigationParent", REFERENCE,
					variables("MEDIUM", "STALKING_8Q", considerSpo));
	}

	/** Completes the investigation's tasks with acceptable answers (an arrest included) until {@code taskKey}. */
	private ProcessInstance driveTo(String taskKey, ProcessInstance investigation) {
		List<Map.Entry<String, Map<String, Object>>> steps = List.of(Map.entry("Task_PlanInvestigation", plan(false)),
				Map.entry("Task_LogEvidence", withVariables("evidenceItemsLogged", 3, "evidenceLogComplete", true)),
				Map.entry("Task_ConsiderSearch", withVariables("searchConducted", true)),
				Map.entry("Task_ArrestSuspect", withVariables("suspectArrested", true)),
				Map.entry("Task_UpdateVictimOfArrest", victimTold()),
				Map.entry("Task_InterviewSuspect", interviewed()),
				Map.entry("Task_DecideCharge", decision("REFER_TO_PROSECUTORS")),
				Map.entry("Task_RecordProsecutorsDecision", withVariables("prosecutorsDecision", "CHARGE")));
		for (Map.Entry<String, Map<String, Object>> step : steps) {
			if (step.getKey().equals(taskKey)) {
				return investigation;
			}
			complete(task(step.getKey(), investigation), step.getValue());
		}
		assertThat(investigation).isWaitingAt(taskKey);
		return investigation;
	}

	private static Map<String, Object> plan(boolean considerSpoNow) {
		return withVariables("enquiryVictimStatement", true, "enquiryCctv", true, "enquirySocialMedia", false,
				"considerSpoNow", considerSpoNow, "spoConsiderationReason", "Fixated on the victim for months");
	}

	private static Map<String, Object> interviewed() {
		return withVariables("suspectInterviewed", true, "interviewType", "UNDER_ARREST", "bailDecision",
				"KEPT_IN_CUSTODY");
	}

	private static Map<String, Object> decision(String chargeDecision) {
		return withVariables("chargeDecision", chargeDecision, "chargeRationale", "Evidential and public interest tests",
				"otherOffence", "ASSAULT");
	}

	private static Map<String, Object> victimTold() {
		return withVariables("victimUpdated", true, "victimUpdateMethod", "PHONE");
	}

	private Object endValue(ProcessInstance investigation, String variable) {
		return engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(investigation.getId())
			.variableName(variable)
			.singleResult()
			.getValue();
	}

}
