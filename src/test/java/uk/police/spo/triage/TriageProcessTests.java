package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.cases.ConductClassification;
import uk.police.spo.cases.OtherOffence;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralOffer;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.support.ReferralSends;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;

/** caseTriage, path by path, with the real decisions and delegates; only the case tables are stood in for. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/caseTriage.bpmn", "processes/triageRisk.dmn", "processes/partnerReferral.dmn",
		"forms/triage-confirm-details.form", "forms/triage-classify-conduct.form", "forms/triage-screen-risk.form",
		"forms/triage-plan-safeguarding.form", "forms/triage-referral-consent.form" })
class TriageProcessTests {

	static final String CASE_ID = "6f1c3a52-6a43-4b6f-9d5e-0d1f2a3b4c5d";

	static final String REFERENCE = "SH-2026-000001";

	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	ProcessEngine engine;

	final TriageRecords records = mock(TriageRecords.class);

	final PartnerReferrals referrals = mock(PartnerReferrals.class);

	final CaseRecords cases = mock(CaseRecords.class);

	ReferralSends sends;

	@BeforeEach
	void registerBeans() {
		// Spring Boot tests in the same JVM have an engine of their own
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(START));
		reportSays(false, false);
		when(referrals.queueMarac(any())).thenAnswer(call -> Referral.queue(call.getArgument(0),
				ReferralPartner.MARAC, PartnerReferrals.MARAC_PURPOSE, LegalBasis.MARAC_HIGH_RISK, START));
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("triageDeadlines", new TriageDeadlines(Duration.ofHours(1), Duration.ofHours(24),
				Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72)));
		Mocks.register("loadTriageFacts", new LoadTriageFactsDelegate(records));
		Mocks.register("countScreeningAnswers", new CountScreeningAnswersDelegate());
		Mocks.register("riskChecklist", new RiskChecklist(3));
		Mocks.register("recordRiskAssessment", new RecordRiskAssessmentDelegate(records));
		Mocks.register("queueMaracReferral", new QueueMaracReferralDelegate(referrals));
		Mocks.register("recordSafeguardingPlan", new RecordSafeguardingPlanDelegate(records));
		Mocks.register("offerReferrals", new OfferReferralsDelegate(referrals));
		Mocks.register("recordReferralAnswers", new RecordReferralAnswersDelegate(referrals));
		Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(cases));
		Mocks.register("completeTriage", new CompleteTriageDelegate(records));
		sends = ReferralSends.register();
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void triageStartsWithTheReportsFactsAtConfirmDetailsDueWithinADay() {
		reportSays(true, true);
		ProcessInstance triage = start(false);

		assertThat(triage).isWaitingAt("Task_ConfirmDetails")
			.hasPassed("Task_LoadTriageFacts")
			.variables()
			.containsEntry("formerPartner", true)
			.containsEntry("incidentCount", 3)
			.containsEntry("consentToPartnerReferral", true)
			.containsEntry("victimVeryFrightened", true)
			.containsEntry("followedVictim", null)
			.containsEntry("breachOfOrder", false)
			.containsEntry("triageStartedAt", Date.from(START));
		verify(records).start(UUID.fromString(CASE_ID));
		assertThat(task(triage)).hasCandidateGroup("triage-officers")
			.hasName("Confirm details and safe contact · " + REFERENCE)
			.hasDueDate(at(Duration.ofHours(24)));
		CamundaFormRef form = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(triage.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef();
		assertThat(form.getKey()).isEqualTo("triage-confirm-details");
		assertThat(form.getBinding()).isEqualTo("deployment");
		assertThat(overdueTimer("Event_AssessmentOverdue").getDuedate()).isEqualTo(at(Duration.ofHours(24)));
	}

	@Test
	void immediateDangerMakesTriageDueWithinTheHour() {
		ProcessInstance triage = start(true);

		assertThat(task(triage)).hasDueDate(at(Duration.ofHours(1)));
		assertThat(overdueTimer("Event_AssessmentOverdue").getDuedate()).isEqualTo(at(Duration.ofHours(1)));
	}

	@Test
	void anUnconfirmedSubmissionIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance triage = start(false);

		assertThatThrownBy(() -> complete(task(triage), withVariables("safeContactMethod", "PHONE")))
			.hasMessageContaining("detailsConfirmed");

		assertThat(triage).isWaitingAt("Task_ConfirmDetails");
	}

	@Test
	void aStandardRiskCaseWithoutNeedsIsTriagedWithoutMaracOrReferralOffers() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");
		classify(triage, "HARASSMENT_8L", 2L);
		assertThat(triage).isWaitingAt("Task_ScreenRisk");
		screen(triage, Map.of("yesAnswers", 3L));

		assertThat(triage).isWaitingAt("Task_PlanSafeguarding")
			.hasNotPassed("Task_QueueMaracReferral")
			.variables()
			.containsEntry("riskLevel", "STANDARD")
			.containsEntry("maracReferral", false)
			.containsEntry("considerSpo", false)
			.containsEntry("urgentSafeguarding", false)
			.doesNotContainKey("riskDecision");
		assertThat(task(triage)).hasName("Plan safeguarding · " + REFERENCE + " · STANDARD risk")
			.hasDueDate(at(Duration.ofHours(72)));
		assertThat(overdueTimer("Event_SafeguardingOverdue").getDuedate()).isEqualTo(at(Duration.ofHours(72)));
		verify(referrals, never()).queueMarac(any());

		plan(triage, Map.of("planSafeContactAgreed", true));

		assertThat(triage).hasPassed("Task_OfferReferrals", "Task_CompleteTriage", "EndEvent_TriageCompleted")
			.hasNotPassed("Task_RecordReferralConsent")
			.isEnded();
		verify(records).planSafeguarding(UUID.fromString(CASE_ID), List.of("SAFE_CONTACT_AGREED"));
		verify(referrals).offer(UUID.fromString(CASE_ID), List.of());
		verify(records).complete(UUID.fromString(CASE_ID), "HARASSMENT_8L", "STANDARD");
	}

	@Test
	void theReportsScreeningAnswersAreOfferedAtScreenRiskAndTheOfficersStartEmpty() {
		reportSays(false, true);
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");
		classify(triage, "STALKING_8Q", 2L);

		// the form marks the screening questions as from the report (properties.prefilled): their answers stay
		assertThat(triage).isWaitingAt("Task_ScreenRisk");
		assertThat(engine.getRuntimeService().getVariable(triage.getId(), "victimVeryFrightened")).isEqualTo(true);
		assertThat(engine.getRuntimeService().getVariable(triage.getId(), "followedVictim")).isNull();
	}

	@Test
	void asManyPoliceCallOutsAsConfiguredMakeTheCaseHighRiskWithMarac() {
		reportSays(false, false);
		Mocks.register("riskChecklist", new RiskChecklist(2));
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");
		classify(triage, "STALKING_8Q", 2L);

		screen(triage, Map.of("yesAnswers", 3L, "policeCallOuts", 2L));

		assertThat(triage).hasPassed("Task_QueueMaracReferral")
			.isWaitingAt("Task_PlanSafeguarding")
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true);
		ArgumentCaptor<RiskFactors> factors = ArgumentCaptor.forClass(RiskFactors.class);
		verify(records).assess(eq(UUID.fromString(CASE_ID)), eq("STALKING_8Q"), any(), any(), factors.capture(), any(),
				any());
		assertThat(factors.getValue().policeCallOuts()).isEqualTo(2);
	}

	@Test
	void aHighRiskCaseQueuesMaracAndTheVictimAnswersEachReferralOffer() {
		reportSays(false, true);
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");
		classify(triage, "STALKING_8Q", 4L);
		screen(triage, Map.of("yesAnswers", 15, "dashStalkingQuestion", "YES", "threatsOfViolence", true,
				"followedVictim", true));

		assertThat(triage).hasPassed("Task_QueueMaracReferral")
			.isWaitingAt("Task_PlanSafeguarding")
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true)
			.containsEntry("considerSpo", true)
			.containsEntry("urgentSafeguarding", true)
			.containsEntry("screeningYes", 2)
			.containsKey("maracReferralId");
		verify(referrals).queueMarac(UUID.fromString(CASE_ID));
		ArgumentCaptor<RiskFactors> factors = ArgumentCaptor.forClass(RiskFactors.class);
		ArgumentCaptor<RiskOutcome> outcome = ArgumentCaptor.forClass(RiskOutcome.class);
		ArgumentCaptor<ScreeningAnswers> screening = ArgumentCaptor.forClass(ScreeningAnswers.class);
		verify(records).assess(eq(UUID.fromString(CASE_ID)), eq("STALKING_8Q"), any(), any(), factors.capture(),
				screening.capture(),
				outcome.capture());
		assertThat(factors.getValue()).isEqualTo(new RiskFactors(15, "YES", 2, false, true, false, 4, false));
		assertThat(screening.getValue().followed()).isTrue();
		assertThat(outcome.getValue()).isEqualTo(new RiskOutcome("HIGH", true, true, true));
		assertThat(task(triage)).hasDueDate(at(Duration.ofHours(1)));

		assertThatThrownBy(() -> plan(triage, Map.of("planPanicAlarm", true))).hasMessageContaining("urgent");
		plan(triage, Map.of("urgentWelfareVisit", true, "housingNeed", true));

		assertThat(triage).isWaitingAt("Task_RecordReferralConsent")
			.variables()
			.containsEntry("referralsOffered", true)
			.containsEntry("housingOffered", true)
			.containsEntry("advocacyOffered", true)
			.doesNotContainKey("referralOffers");
		verify(referrals).offer(UUID.fromString(CASE_ID),
				List.of(new ReferralOffer(ReferralPartner.HOUSING, "SAFE_ACCOMMODATION"),
						new ReferralOffer(ReferralPartner.ADVOCACY, "RISK_ADVOCACY")));
		assertThat(task(triage)).hasCandidateGroup("triage-officers");

		assertThatThrownBy(() -> complete(task(triage), withVariables("housingReferralAnswer", "ACCEPTED")))
			.hasMessageContaining("advocacyReferralAnswer");
		Referral housing = Referral.offer(UUID.fromString(CASE_ID), ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", START);
		housing.consentGiven(START);
		Referral advocacy = Referral.offer(UUID.fromString(CASE_ID), ReferralPartner.ADVOCACY, "RISK_ADVOCACY", START);
		advocacy.declined(START);
		when(referrals.answer(any(), any(), any())).thenReturn(List.of(housing, advocacy));
		complete(task(triage), withVariables("housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "DECLINED"));

		// the consented referral waits for its send task's job: committed with the answers, sent after them
		assertThat(triage).hasPassed("Task_RecordReferralAnswers").isWaitingAt("Task_SendConsentedReferrals");
		ReferralSends.run(managementService(), triage.getId());
		assertThat(triage).hasPassed("Task_SendConsentedReferrals", "EndEvent_TriageCompleted").isEnded();
		// MARAC's referral when the risk was scored, then only the accepted offer
		assertThat(sends.delivered()).hasSize(2).endsWith(housing.id().toString());
		verify(referrals).answer(UUID.fromString(CASE_ID), REFERENCE,
				Map.of(ReferralPartner.HOUSING, true, ReferralPartner.ADVOCACY, false));
		verify(records).complete(UUID.fromString(CASE_ID), "STALKING_8Q", "HIGH");
	}

	@Test
	void aMediumRiskStalkingCaseConsidersAnSpoAndTheVictimCanAcceptAnAdvocate() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "EMAIL");
		classify(triage, "STALKING_8Q", 2L);
		screen(triage, Map.of("yesAnswers", 11, "dashStalkingQuestion", "YES"));

		assertThat(triage).hasNotPassed("Task_QueueMaracReferral")
			.variables()
			.containsEntry("riskLevel", "MEDIUM")
			.containsEntry("considerSpo", true)
			.containsEntry("maracReferral", false);
		assertThat(task(triage)).hasDueDate(at(Duration.ofHours(24)));
		plan(triage, Map.of("wantsAdvocacy", true));
		assertThat(triage).isWaitingAt("Task_RecordReferralConsent")
			.variables()
			.containsEntry("housingOffered", false)
			.containsEntry("advocacyOffered", true);

		complete(task(triage), withVariables("advocacyReferralAnswer", "ACCEPTED"));

		assertThat(triage).isEnded();
		verify(referrals).answer(UUID.fromString(CASE_ID), REFERENCE, Map.of(ReferralPartner.ADVOCACY, true));
	}

	@Test
	void aFormerPartnersCourseOfConductIsStalkingUnlessExplainedAsHarassmentOnly() {
		reportSays(true, false);
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");

		assertThatThrownBy(() -> classify(triage, "MALICIOUS_COMMUNICATIONS", 3L))
			.hasMessageContaining("former partner");
		assertThatThrownBy(() -> classify(triage, "HARASSMENT_8L", 3L)).hasMessageContaining("former partner");
		assertThat(triage).isWaitingAt("Task_ClassifyConduct");

		complete(task(triage), classification(Map.of("stalkingQuestion", "NO", "fixated", "NO", "obsessive", "NO",
				"classification", "HARASSMENT_8L", "harassmentOnlyReason",
				"Repeated unwanted messages about a shared debt; no fixation")));

		assertThat(triage).isWaitingAt("Task_ScreenRisk");
	}

	@Test
	void theStalkingQuestionAndEachPartOfFourAreAnsweredExplicitly() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");

		for (String question : List.of("stalkingQuestion", "fixated", "obsessive", "unwanted", "repeated")) {
			Map<String, Object> untouched = classification(Map.of("classification", "HARASSMENT_8L"));
			untouched.remove(question);
			assertThatThrownBy(() -> complete(task(triage), untouched)).as(question + " left out")
				.hasMessageContaining(question);
			// an unticked box of the earlier form is not an answer
			assertThatThrownBy(() -> complete(task(triage),
					classification(Map.of(question, false, "classification", "HARASSMENT_8L"))))
				.as(question + " as a box")
				.hasMessageContaining(question);
		}
		assertThat(triage).isWaitingAt("Task_ClassifyConduct");

		complete(task(triage), classification(Map.of("stalkingQuestion", "NOT_KNOWN", "fixated", "NO", "obsessive",
				"NOT_KNOWN", "classification", "HARASSMENT_8L")));
		screen(triage, Map.of("yesAnswers", 3L));

		ArgumentCaptor<ConductClassification> conduct = ArgumentCaptor.forClass(ConductClassification.class);
		verify(records).assess(eq(UUID.fromString(CASE_ID)), eq("HARASSMENT_8L"), conduct.capture(), eq(List.of()),
				any(), any(), any());
		assertThat(conduct.getValue()).isEqualTo(new ConductClassification("NOT_KNOWN", "NO", "NOT_KNOWN", "YES",
				"YES", "41/12345/26"));
	}

	@Test
	void stalkingWithoutEveryPartOfFourYesIsClassifiedOnlyWithAReason() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");

		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("repeated", "NOT_KNOWN"))))
			.hasMessageContaining("stalkingWithoutFourReason");
		assertThat(triage).isWaitingAt("Task_ClassifyConduct");

		complete(task(triage), classification(Map.of("repeated", "NOT_KNOWN", "stalkingWithoutFourReason",
				"Two incidents so far, each part of a pattern of fixation the victim describes")));

		assertThat(triage).isWaitingAt("Task_ScreenRisk");
	}

	@Test
	void theCourseOfConductAndTheMostSeriousOtherOffencesAreAllRecordedEachWithItsCrimeReference() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");

		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("otherOffence", "CRIMINAL_DAMAGE"))))
			.hasMessageContaining("otherOffenceCrimeReference");
		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12345/26")))).hasMessageContaining("crime of its own");
		// a second offence needs its own reference, other than the course of conduct's and the first offence's
		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26", "otherOffence2", "THREATS_TO_KILL"))))
			.hasMessageContaining("otherOffence2CrimeReference: required");
		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26", "otherOffence2", "THREATS_TO_KILL",
				"otherOffence2CrimeReference", "41/12346/26"))))
			.hasMessageContaining("otherOffence2CrimeReference: each other offence is a crime of its own");
		assertThatThrownBy(() -> complete(task(triage), classification(Map.of("otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26", "otherOffence2", "THREATS_TO_KILL",
				"otherOffence2CrimeReference", "41/12347/26", "otherOffence3", "NONE"))))
			.hasMessageContaining("otherOffence3: choose one of");
		assertThat(triage).isWaitingAt("Task_ClassifyConduct");

		Map<String, Object> answers = classification(Map.of("otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26", "otherOffence2", "THREATS_TO_KILL",
				"otherOffence2CrimeReference", "41/12347/26"));
		// a slot after an empty one is hidden in the form, and not recorded
		answers.put("otherOffence4", "BURGLARY");
		answers.put("otherOffence4CrimeReference", "41/12348/26");
		complete(task(triage), answers);
		screen(triage, Map.of("yesAnswers", 3L));

		ArgumentCaptor<ConductClassification> conduct = ArgumentCaptor.forClass(ConductClassification.class);
		verify(records).assess(eq(UUID.fromString(CASE_ID)), eq("STALKING_8Q"), conduct.capture(),
				eq(List.of(new OtherOffence("CRIMINAL_DAMAGE", "41/12346/26"),
						new OtherOffence("THREATS_TO_KILL", "41/12347/26"))),
				any(), any(), any());
		assertThat(conduct.getValue()).isEqualTo(new ConductClassification("YES", "YES", "YES", "YES", "YES",
				"41/12345/26"));
	}

	@Test
	void aSingleIncidentByAFormerPartnerMayBeClassifiedOtherwise() {
		reportSays(true, false);
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");

		classify(triage, "MALICIOUS_COMMUNICATIONS", 1L);

		assertThat(triage).isWaitingAt("Task_ScreenRisk");
	}

	@Test
	void anUntouchedTaskPastTheFirstDeadlineIsEscalatedToSupervisors() {
		ProcessInstance triage = start(false);

		execute(overdueTimer("Event_AssessmentOverdue"));

		assertThat(triage).isWaitingAt("Task_ConfirmDetails")
			.hasPassed("Event_AssessmentOverdue", "Task_EscalateOverdueAssessment", "EndEvent_AssessmentEscalated");
		assertThat(task(triage)).hasCandidateGroup("supervisors").hasCandidateGroup("triage-officers");
		assertThat(task(triage).getPriority()).isEqualTo(EscalateOverdueTaskDelegate.ESCALATED_PRIORITY);
		assertThat(task(triage).getName()).startsWith("OVERDUE, escalated · Confirm details and safe contact · ");
		verify(cases).record(UUID.fromString(CASE_ID), "TASK_ESCALATED", "Overdue, escalated to supervisors: Assess the risk");
		confirmDetails(triage, "PHONE");
		assertThat(triage).isWaitingAt("Task_ClassifyConduct");
	}

	@Test
	void anUntouchedSafeguardingTaskPastTheRiskLevelDeadlineIsEscalatedToSupervisors() {
		ProcessInstance triage = start(false);
		confirmDetails(triage, "PHONE");
		classify(triage, "STALKING_8Q", 2L);
		screen(triage, Map.of("yesAnswers", 12));
		assertThat(managementService().createJobQuery().activityId("Event_AssessmentOverdue").count()).isZero();
		Job timer = overdueTimer("Event_SafeguardingOverdue");
		assertThat(timer.getDuedate()).isEqualTo(at(Duration.ofHours(24)));

		execute(timer);

		assertThat(triage).isWaitingAt("Task_PlanSafeguarding")
			.hasPassed("Task_EscalateOverdueSafeguarding", "EndEvent_SafeguardingEscalated");
		assertThat(task(triage)).hasCandidateGroup("supervisors").hasCandidateGroup("triage-officers");
		verify(cases).record(UUID.fromString(CASE_ID), "TASK_ESCALATED", "Overdue, escalated to supervisors: Safeguard the victim");
		plan(triage, Map.of());
		assertThat(triage).isWaitingAt("Task_RecordReferralConsent");
	}

	@Test
	void triageEndsWithoutReferralsWhenTheVictimCannotBeContactedSafely() {
		reportSays(false, true);
		ProcessInstance triage = start(false);
		confirmDetails(triage, "NONE");
		classify(triage, "STALKING_8Q", 2L);
		screen(triage, Map.of("yesAnswers", 20));
		plan(triage, Map.of("urgentAddressMarker", true, "housingNeed", true, "wantsAdvocacy", true));

		assertThat(triage).hasPassed("Task_QueueMaracReferral", "Task_CompleteTriage")
			.hasNotPassed("Task_RecordReferralConsent")
			.isEnded();
		verify(referrals).offer(eq(UUID.fromString(CASE_ID)), anyList());
		verify(referrals, never()).answer(any(), any(), any());
	}

	private ProcessInstance start(boolean immediateDanger) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("caseTriage", REFERENCE, Map.of("caseId", CASE_ID, "caseReference", REFERENCE,
					"caseUnit", "NORTH", "immediateDanger", immediateDanger));
	}

	private void reportSays(boolean formerPartner, boolean veryFrightened) {
		ScreeningAnswers screening = new ScreeningAnswers(veryFrightened ? true : null, null, null, null, null, null,
				null, null);
		when(records.start(any())).thenReturn(new TriageFacts(formerPartner, 3, veryFrightened, screening));
	}

	private static void confirmDetails(ProcessInstance triage, String safeContactMethod) {
		complete(task(triage), withVariables("detailsConfirmed", true, "safeContactMethod", safeContactMethod));
	}

	private static void classify(ProcessInstance triage, String classification, long incidents) {
		complete(task(triage), classification(Map.of("incidentCount", incidents, "classification", classification)));
	}

	/** A whole classification: every question answered yes, no other offence; then the changes. */
	private static Map<String, Object> classification(Map<String, Object> changes) {
		Map<String, Object> values = new HashMap<>(Map.of("stalkingQuestion", "YES", "fixated", "YES", "obsessive",
				"YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 3L, "classification", "STALKING_8Q",
				"conductCrimeReference", "41/12345/26", "otherOffence", "NONE"));
		values.putAll(changes);
		return values;
	}

	/** Screens the risk, and runs the send task of a MARAC referral the score queues. */
	private void screen(ProcessInstance triage, Map<String, Object> answers) {
		Map<String, Object> values = new HashMap<>(Map.of("dashStalkingQuestion", "NO", "professionalJudgementHigh",
				false, "victimVeryFrightened", false));
		values.putAll(answers);
		complete(task(triage), values);
		ReferralSends.run(managementService(), triage.getId());
	}

	private static void plan(ProcessInstance triage, Map<String, Object> measures) {
		Map<String, Object> values = new HashMap<>(Map.of("housingNeed", false, "wantsAdvocacy", false));
		values.putAll(measures);
		complete(task(triage), values);
	}

	private Job overdueTimer(String boundaryEvent) {
		return managementService().createJobQuery().activityId(boundaryEvent).singleResult();
	}

	private org.camunda.bpm.engine.ManagementService managementService() {
		return engine.getManagementService();
	}

	private static Date at(Duration afterStart) {
		return Date.from(START.plus(afterStart));
	}

}
