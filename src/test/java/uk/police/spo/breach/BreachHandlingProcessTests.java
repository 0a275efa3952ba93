package uk.police.spo.breach;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.support.ReferralSends;
import uk.police.spo.triage.RiskFactors;
import uk.police.spo.triage.RiskOutcome;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/breachHandling.bpmn", "forms/breach-record-offence.form",
		"forms/breach-arrest-and-charge.form", "forms/breach-reassess-risk.form", "forms/triage-plan-safeguarding.form",
		"breach/triageRisk-stub.dmn" })
class BreachHandlingProcessTests {

	static final String REFERENCE = "SH-2026-000007";

	static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

	ProcessEngine engine;

	final UUID caseId = UUID.randomUUID();

	final UUID breachId = UUID.randomUUID();

	final BreachRecords breaches = mock(BreachRecords.class);

	final CaseRecords records = mock(CaseRecords.class);

	ReferralSends sends;

	@BeforeEach
	void register() {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		sends = BreachHandlingFixtures.register(breaches, records);
		when(breaches.informCourtAndAdvocacy(caseId)).thenReturn(BreachHandlingFixtures.courtReferral(caseId));
	}


	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
		ClockUtil.reset();
	}

	@Test
	void anInvestigatorRecordsTheBreachAsANewOffenceWithin24Hours() {
		ProcessInstance breach = start();

		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence");
		assertThat(task(breach)).hasCandidateGroup("investigators")
			.hasName("Record the breach as a new offence · " + REFERENCE + " · MEDIUM risk")
			.hasDueDate(Date.from(NOW.plusSeconds(24 * 3600)));
	}

	@Test
	void aBreachAfterWhichTheOrderMustBeVariedEndsWithTheRiskRescoredAsHigh() {
		ProcessInstance breach = start();

		recordOffenceAndDecide(breach);
		complete(task(breach), BreachHandlingFixtures.riskAnswers(true, true));
		ReferralSends.run(engine.getManagementService(), breach.getId());
		complete(task(breach), withVariables("urgentWelfareVisit", true));

		assertThat(breach).hasPassed("Task_ScoreBreachRisk", "Task_RecordBreachRisk", "EndEvent_VariationNeeded")
			.isEnded()
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("variationNeeded", true)
			.containsEntry("maracReferral", true)
			.containsEntry("breachReferredToAdvocacy", false);
		verify(breaches).decided(breachId, "CR/2026/1234", "ARRESTED", "CHARGE");
		verify(breaches).informCourtAndAdvocacy(caseId);
		// the officer's answers, scored as a breach of an order, and the decision's whole outcome
		verify(breaches).riskReassessed(eq(breachId), eq(new RiskFactors(9, "YES", 4, true, true, false, 6, true)),
				any(ScreeningAnswers.class), eq(new RiskOutcome("HIGH", true, true, true)), eq(true));
	}

	@Test
	void aBreachThatNeedsNoVariationLeavesTheOrderAsMade() {
		ProcessInstance breach = start();

		recordOffenceAndDecide(breach);
		complete(task(breach), BreachHandlingFixtures.riskAnswers(false, false));

		assertThat(breach).hasPassed("EndEvent_NoVariationNeeded")
			.hasNotPassed("EndEvent_VariationNeeded")
			.isEnded()
			.variables()
			.containsEntry("riskLevel", "MEDIUM")
			.containsEntry("variationNeeded", false);
		verify(breaches).riskReassessed(eq(breachId), eq(new RiskFactors(9, "YES", 4, true, false, false, 6, true)),
				any(ScreeningAnswers.class), eq(new RiskOutcome("MEDIUM", false, true, false)), eq(false));
	}

	@Test
	void aBreachReassessedAsHighGoesToMaracOnItsLegalBasisAndNeedsUrgentSafeguarding() {
		ProcessInstance breach = start();
		recordOffenceAndDecide(breach);

		complete(task(breach), BreachHandlingFixtures.riskAnswers(true, false));

		// as at triage: the MARAC referral is queued and sent by its own asynchronous send task
		assertThat(breach).hasPassed("Task_QueueBreachMaracReferral").isWaitingAt("Task_SendBreachMaracReferral");
		ReferralSends.run(engine.getManagementService(), breach.getId());
		org.assertj.core.api.Assertions.assertThat(sends.delivered()).contains(BreachHandlingFixtures.MARAC_REFERRAL_ID);
		// then urgent safeguarding, within the hour, refused without an urgent measure
		assertThat(breach).isWaitingAt("Task_PlanSafeguarding");
		assertThat(task(breach)).hasCandidateGroup("investigators")
			.hasDueDate(Date.from(NOW.plusSeconds(3600)))
			.hasName("Plan urgent safeguarding · " + REFERENCE + " · HIGH risk");
		assertThatThrownBy(() -> complete(task(breach), withVariables("planPanicAlarm", true)))
			.hasMessageContaining("urgent");
		complete(task(breach), withVariables("urgentWelfareVisit", true, "planPanicAlarm", true));

		assertThat(breach).hasPassed("Task_RecordSafeguardingPlan", "EndEvent_NoVariationNeeded").isEnded();
		verify(records).record(caseId, "SAFEGUARDING_PLANNED", "Safeguarding plan after a breach");
		// the screening answers are kept one by one, as at triage
		verify(breaches).riskReassessed(eq(breachId), eq(new RiskFactors(9, "YES", 4, true, true, false, 6, true)),
				eq(new ScreeningAnswers(true, true, false, true, true, null, null, null)),
				eq(new RiskOutcome("HIGH", true, true, true)), eq(false));
	}

	@Test
	void aBreachReassessedBelowHighNeedsNoMaracReferralNorUrgentSafeguarding() {
		ProcessInstance breach = start();
		recordOffenceAndDecide(breach);

		complete(task(breach), BreachHandlingFixtures.riskAnswers(false, false));

		assertThat(breach).hasNotPassed("Task_QueueBreachMaracReferral", "Task_PlanSafeguarding").isEnded();
	}

	@Test
	void anUnrecordedOffenceIsEscalatedToSupervisorsAndStaysOpen() {
		ProcessInstance breach = start();

		fire(breach, "Event_OffenceRecordOverdue");

		assertThat(breach).hasPassed("Task_EscalateOffenceRecord", "EndEvent_OffenceRecordEscalated")
			.isWaitingAt("Task_RecordBreachAsOffence");
		assertThat(task(breach)).hasCandidateGroup("supervisors").hasCandidateGroup("investigators");
		verify(records).record(eq(caseId), eq("TASK_ESCALATED"), contains("Record the breach as a new offence"));
	}

	@Test
	void anUndecidedArrestIsEscalatedToSupervisors() {
		ProcessInstance breach = start();
		complete(task(breach), withVariables("crimeReference", "CR/2026/1234", "breachRecordedAsCrime", true));

		fire(breach, "Event_ArrestDecisionOverdue");

		assertThat(breach).hasPassed("EndEvent_ArrestDecisionEscalated").isWaitingAt("Task_DecideArrestAndCharge");
		assertThat(task(breach)).hasCandidateGroup("supervisors");
	}

	@Test
	void anUnassessedRiskIsEscalatedToSupervisors() {
		ProcessInstance breach = start();
		recordOffenceAndDecide(breach);

		fire(breach, "Event_RiskReassessmentOverdue");

		assertThat(breach).hasPassed("EndEvent_RiskReassessmentEscalated").isWaitingAt("Task_ReassessRisk");
		assertThat(task(breach)).hasCandidateGroup("supervisors");
	}

	@Test
	void aBreachWithoutACrimeReferenceIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance breach = start();

		assertThatThrownBy(() -> complete(task(breach), withVariables("breachRecordedAsCrime", true)))
			.hasMessageContaining("crimeReference");

		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence");
	}

	private void recordOffenceAndDecide(ProcessInstance breach) {
		complete(task(breach), withVariables("crimeReference", "CR/2026/1234", "breachRecordedAsCrime", true));
		complete(task(breach), withVariables("arrestDecision", "ARRESTED", "chargeDecision", "CHARGE"));
		assertThat(breach).hasPassed("Task_RecordBreachDecisions", "Task_InformCourtAndAdvocacy")
			.isWaitingAt("Task_SendBreachReferrals");
		ReferralSends.run(engine.getManagementService(), breach.getId());
		assertThat(breach).hasPassed("Task_SendBreachReferrals").isWaitingAt("Task_ReassessRisk");
		assertThat(task(breach)).hasCandidateGroup("investigators");
	}


	private void fire(ProcessInstance instance, String timerId) {
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(timerId)
			.singleResult();
		engine.getManagementService().executeJob(timer.getId());
	}

	private ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("breachHandling", REFERENCE,
					Map.of("caseId", caseId.toString(), "caseReference", REFERENCE, "caseUnit", "NORTH", "riskLevel", "MEDIUM",
							"orderId", UUID.randomUUID().toString(), "breachId", breachId.toString()));
	}

}
