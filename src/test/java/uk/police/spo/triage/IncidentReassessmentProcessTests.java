package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseRiskInProcesses;
import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.support.ReferralSends;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.tasks.TaskDeadlines;

/**
 * A new incident on an open case: the risk checklist asked again as at triage, scored by the real DMN
 * {@code triageRisk}, kept as the case's risk assessment, and a HIGH score brings MARAC and urgent safeguarding.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/incidentReassessment.bpmn", "processes/triageRisk.dmn",
		"forms/triage-screen-risk.form", "forms/triage-plan-safeguarding.form" })
class IncidentReassessmentProcessTests {

	static final String REFERENCE = "SH-2026-000031";

	static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

	ProcessEngine engine;

	final UUID caseId = UUID.randomUUID();

	final RiskReassessments reassessments = mock(RiskReassessments.class);

	final PartnerReferrals referrals = mock(PartnerReferrals.class);

	final TriageRecords triageRecords = mock(TriageRecords.class);

	final CaseRecords records = mock(CaseRecords.class);

	ReferralSends sends;

	@BeforeEach
	void register() {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		when(referrals.queueMarac(any())).thenAnswer(call -> Referral.queue(call.getArgument(0),
				ReferralPartner.MARAC, PartnerReferrals.MARAC_PURPOSE, LegalBasis.MARAC_HIGH_RISK, NOW));
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("deadlines", new TaskDeadlines());
		Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(records));
		Mocks.register("riskChecklist", new RiskChecklist(3));
		Mocks.register("countScreeningAnswers", new CountScreeningAnswersDelegate());
		Mocks.register("recordIncidentRiskDelegate",
				new RecordIncidentRiskDelegate(reassessments, new CaseRiskInProcesses(), records));
		Mocks.register("queueMaracReferral", new QueueMaracReferralDelegate(referrals));
		Mocks.register("recordSafeguardingPlan", new RecordSafeguardingPlanDelegate(triageRecords));
		sends = ReferralSends.register();
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
		ClockUtil.reset();
	}

	@Test
	void aNewIncidentIsReassessedWithTheSameChecklistAndEscalationMakesItHighWithMaracAndUrgentSafeguarding() {
		ProcessInstance reassessment = start();
		assertThat(reassessment).isWaitingAt("Task_ReassessRisk");
		assertThat(task(reassessment)).hasCandidateGroup("investigators")
			.hasName("Reassess the risk after a new incident · " + REFERENCE + " · MEDIUM risk")
			.hasDueDate(Date.from(NOW.plusSeconds(86400)));

		// three police call-outs in 12 months: potential escalation, the third MARAC criterion
		complete(task(reassessment), withVariables("yesAnswers", 5, "policeCallOuts", 3, "dashStalkingQuestion", "YES",
				"followedVictim", true, "professionalJudgementHigh", false));

		assertThat(reassessment).hasPassed("Task_CountScreeningAnswers", "Task_ScoreRisk", "Task_RecordIncidentRisk",
				"Task_QueueMaracReferral")
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true);
		verify(reassessments).afterIncident(eq(caseId), eq(new RiskFactors(5, "YES", 1, false, false, false, 4, false, 3)),
				eq(new ScreeningAnswers(null, null, null, true, null, null, null, null)),
				eq(new RiskOutcome("HIGH", true, true, true)));
		verify(records).audit(caseId, AuditAction.COLLECT, RiskReassessments.AUDITED_FIELDS,
				"risk reassessment after a new incident");
		verify(referrals).queueMarac(caseId);
		ReferralSends.run(engine.getManagementService(), reassessment.getId());
		org.assertj.core.api.Assertions.assertThat(sends.delivered()).hasSize(1);

		assertThat(reassessment).isWaitingAt("Task_PlanSafeguarding");
		assertThatThrownBy(() -> complete(task(reassessment), withVariables("planPanicAlarm", true)))
			.hasMessageContaining("urgent");
		complete(task(reassessment), withVariables("urgentAddressMarker", true));
		assertThat(reassessment).hasPassed("Task_RecordSafeguardingPlan", "EndEvent_RiskReassessed").isEnded();
		verify(triageRecords).planSafeguarding(caseId, java.util.List.of("URGENT_ADDRESS_MARKER"));
	}

	@Test
	void aNewIncidentScoredStandardEndsWithoutMaracOrUrgentSafeguarding() {
		ProcessInstance reassessment = start();

		complete(task(reassessment), withVariables("yesAnswers", 2, "policeCallOuts", 1, "dashStalkingQuestion", "NO",
				"professionalJudgementHigh", false));

		assertThat(reassessment).hasNotPassed("Task_QueueMaracReferral", "Task_PlanSafeguarding")
			.isEnded()
			.variables()
			.containsEntry("riskLevel", "STANDARD");
		verify(referrals, never()).queueMarac(any());
	}

	private ProcessInstance start() {
		return engine.getRuntimeService()
			.createMessageCorrelation(NewIncidents.MESSAGE)
			.processInstanceBusinessKey(REFERENCE)
			.setVariables(Map.of("caseId", caseId.toString(), "caseReference", REFERENCE, "caseUnit", "NORTH", "riskLevel",
					"MEDIUM", "incidentCount", 4, "newIncidentReported", true))
			.correlateStartMessage();
	}

}
