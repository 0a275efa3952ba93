package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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

import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.support.ReferralSends;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.tasks.TaskDeadlines;

/**
 * Every path of {@code spoApplication}, with the real delegates and services over in-memory repositories. The test
 * caller ({@code orders/spoApplicationCaller.bpmn}) stands for stalkingCase's SPO branch and the interim order's
 * monitoring.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/spoApplication.bpmn", "forms/spo-decide-to-apply.form",
		"forms/spo-draft-order-terms.form", "forms/spo-review-application.form", "forms/spo-decide-on-appeal.form",
		"orders/spoApplicationCaller.bpmn" })
class SpoApplicationProcessTests {

	static final String REFERENCE = "SH-2026-000042";

	static final String CASE_ID = "0b7e2c1a-52a4-4d5e-9a53-6f1d7c0f2a11";

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	ProcessEngine engine;

	final Map<UUID, SpoApplication> applications = new HashMap<>();

	final Map<UUID, ProtectiveOrder> orders = new HashMap<>();

	final List<Referral> referrals = new ArrayList<>();

	final CaseRecords cases = mock(CaseRecords.class);

	final OrdersInForce inForce = mock(OrdersInForce.class);

	ReferralSends sends;

	@BeforeEach
	void registerBeans() {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		SpoApplicationRepository applicationRepository = mock(SpoApplicationRepository.class);
		when(applicationRepository.save(any())).thenAnswer(call -> {
			SpoApplication application = call.getArgument(0);
			applications.put(application.id(), application);
			return application;
		});
		when(applicationRepository.findById(any()))
			.thenAnswer(call -> Optional.ofNullable(applications.get(call.getArgument(0))));
		ProtectiveOrderRepository orderRepository = mock(ProtectiveOrderRepository.class);
		when(orderRepository.save(any())).thenAnswer(call -> {
			ProtectiveOrder order = call.getArgument(0);
			orders.put(order.id(), order);
			return order;
		});
		when(orderRepository.findById(any())).thenAnswer(call -> Optional.ofNullable(orders.get(call.getArgument(0))));
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		PartnerReferrals referralRepository = mock(PartnerReferrals.class);
		when(referralRepository.queue(any(), any(), any(), any())).thenAnswer(call -> {
			Referral referral = Referral.queue(call.getArgument(0), call.getArgument(1), call.getArgument(2),
					call.getArgument(3), clock.instant());
			referrals.add(referral);
			return referral;
		});
		AuditTrail audit = mock(AuditTrail.class);
		SpoApplications spo = new SpoApplications(applicationRepository, referralRepository, cases, audit, clock);
		CourtDecisions court = new CourtDecisions(applicationRepository, orderRepository, cases, audit, inForce, clock);

		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("deadlines", new TaskDeadlines());
		Mocks.register("recordDecisionDelegate", new RecordDecisionDelegate(spo));
		Mocks.register("saveDraftDelegate", new SaveDraftDelegate(spo));
		Mocks.register("recordReviewDelegate", new RecordReviewDelegate(spo));
		Mocks.register("lodgeApplicationDelegate", new LodgeApplicationDelegate(spo));
		Mocks.register("recordAppealDecisionDelegate", new RecordAppealDecisionDelegate(spo));
		Mocks.register("lodgeAppealDelegate", new LodgeAppealDelegate(spo));
		Mocks.register("recordHearingDelegate", new RecordHearingDelegate(court));
		Mocks.register("recordOutcomeDelegate", new RecordOutcomeDelegate(court));
		Mocks.register("makeInterimOrderDelegate", new MakeInterimOrderDelegate(court));
		Mocks.register("makeFullOrderDelegate", new MakeFullOrderDelegate(court));
		Mocks.register("recordRefusalDelegate", new RecordRefusalDelegate(court));
		Mocks.register("recordAppealOutcomeDelegate", new RecordAppealOutcomeDelegate(court));
		Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(cases));
		sends = ReferralSends.register();
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
		ClockUtil.reset();
	}

	@Test
	void theDecisionIsAnInvestigatorsOrSupervisorsTaskWithItsFormDueInFiveDays() {
		ProcessInstance spo = start();

		assertThat(spo).isWaitingAt("Task_DecideToApply");
		assertThat(task(spo)).hasCandidateGroup("investigators")
			.hasCandidateGroup("supervisors")
			.hasName("Decide whether to apply for an SPO · " + REFERENCE + " · HIGH risk")
			.hasDueDate(Date.from(NOW.plus(Duration.ofDays(5))));
		CamundaFormRef form = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(spo.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef();
		assertThat(form.getKey()).isEqualTo("spo-decide-to-apply");
		assertThat(form.getBinding()).isEqualTo("deployment");
	}

	@Test
	void noOrderIsAppliedForWhenTheTestIsNotMet() {
		ProcessInstance spo = start();

		complete(task(spo), decision(false, false));

		assertThat(spo).hasPassed("Task_RecordDecision", "EndEvent_NotApplied").isEnded();
		assertThat(historicVariable(spo, "spoOutcome")).isEqualTo("NOT_APPLIED");
		assertThat(historicVariable(spo, "actsReasoning")).isNull();
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.NOT_APPLIED);
	}

	@Test
	void applyingWhenAPartOfTheTestIsNotMetIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance spo = start();

		assertThatThrownBy(() -> complete(task(spo), decision(false, true))).hasMessageContaining("apply:");

		assertThat(spo).isWaitingAt("Task_DecideToApply");
		assertThat(applications).isEmpty();
	}

	@Test
	void theApplicationRecordsWhyTheForceMayApplyAndIsNotMadeWithoutIt() {
		ProcessInstance spo = start();
		Map<String, Object> unanswered = new HashMap<>(decision(true, true));
		unanswered.remove("defendantAreaCondition");
		Map<String, Object> ticked = new HashMap<>(decision(true, true));
		ticked.put("defendantAreaCondition", true);

		assertThatThrownBy(() -> complete(task(spo), unanswered)).hasMessageContaining("defendantAreaCondition");
		assertThatThrownBy(() -> complete(task(spo), ticked)).hasMessageContaining("defendantAreaCondition");
		assertThat(applications).isEmpty();
		Map<String, Object> comingToTheArea = new HashMap<>(decision(true, true));
		comingToTheArea.put("defendantAreaCondition", "COMING_TO_AREA");
		complete(task(spo), comingToTheArea);

		assertThat(spo).isWaitingAt("Task_DraftOrderTerms");
		assertThat(onlyApplication().areaCondition()).contains(AreaCondition.COMING_TO_AREA);
	}

	@Test
	void legalReviewCanSendTheDraftBackWithReasonsAndThenApproveItForLodging() {
		ProcessInstance spo = start();
		complete(task(spo), decision(true, true));
		assertThat(spo).isWaitingAt("Task_DraftOrderTerms");
		assertThat(task(spo)).hasCandidateGroup("investigators").hasDueDate(Date.from(NOW.plus(Duration.ofDays(7))));
		complete(task(spo), draft(false));
		assertThat(variable(spo, "term1Wording")).isNull();
		assertThat(task(spo)).hasDefinitionKey("Task_ReviewApplication").hasCandidateGroup("legal-advisers");

		assertThatThrownBy(() -> complete(task(spo), withVariables("reviewDecision", "SEND_BACK")))
			.hasMessageContaining("sendBackReasons");
		complete(task(spo), withVariables("reviewDecision", "SEND_BACK", "sendBackReasons", "Term 2 is not necessary"));

		assertThat(spo).isWaitingAt("Task_DraftOrderTerms");
		assertThat(variable(spo, "sendBackReasons")).isEqualTo("Term 2 is not necessary");
		assertThat(onlyApplication().sendBackReasons()).contains("Term 2 is not necessary");

		complete(task(spo), draft(false));
		complete(task(spo), withVariables("reviewDecision", "APPROVE"));

		assertThat(spo).hasPassed("Task_LodgeApplication").isWaitingAt("Task_SendApplicationToCourt");
		ReferralSends.run(engine.getManagementService(), spo.getId());
		assertThat(spo).hasPassed("Task_SendApplicationToCourt").isWaitingAt("Task_AwaitHearingListing");
		assertThat(variable(spo, "sendBackReasons")).isNull();
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.LODGED);
		assertThat(onlyApplication().terms()).hasSize(2);
		assertThat(referrals).singleElement().satisfies(referral -> {
			assertThat(referral.partner()).isEqualTo(ReferralPartner.COURT);
			assertThat(referral.legalBasis()).isEqualTo(LegalBasis.COURT_APPLICATION);
			assertThat(referral.purpose()).isEqualTo("SPO_APPLICATION");
			assertThat(variable(spo, "courtReferralId")).isEqualTo(referral.id().toString());
		});
	}

	@Test
	void anInterimOrderIsEscalatedToTheCallerAndEndsWhenTheFullOrderSupersedesIt() {
		ProcessInstance caller = engine.getRuntimeService()
			.startProcessInstanceByKey("spoApplicationCaller", REFERENCE, commonVariables());
		ProcessInstance spo = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(caller.getId())
			.singleResult();
		lodge(spo, true);
		hearingListed("INTERIM", "2026-03-09");

		outcome(Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", "2026-09-09"));

		String interimOrderId = (String) variable(spo, "interimOrderId");
		ProtectiveOrder interim = orders.get(UUID.fromString(interimOrderId));
		assertThat(interim.kind()).isEqualTo(OrderKind.INTERIM);
		assertThat(interim.terms()).hasSize(2);
		assertThat(spo).hasPassed("Event_InterimOrderGranted").isWaitingAt("Task_AwaitHearingListing");
		assertThat(caller).hasPassed("Event_InterimOrderGranted")
			.isWaitingAt("CallActivity_SpoApplication", "Task_MonitorInterimOrder");
		assertThat(variable(caller, "interimOrderId")).isEqualTo(interimOrderId);

		hearingListed("FULL", "2026-04-20");
		outcome(Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true));

		assertThat(spo).hasPassed("Task_MakeFullOrder", "EndEvent_FullOrderGranted").isEnded();
		assertThat(caller).hasPassed("Task_MonitorInterimOrder", "EndEvent_ApplicationDecided").isEnded();
		assertThat(historicVariable(caller, "spoOutcome")).isEqualTo("FULL_GRANTED");
		ProtectiveOrder full = orders.get(UUID.fromString((String) historicVariable(caller, "fullOrderId")));
		assertThat(full.kind()).isEqualTo(OrderKind.FULL);
		assertThat(full.untilFurtherOrder()).isTrue();
		assertThat(full.supersedesOrderId()).contains(interim.id());
		assertThat(interim.status()).isEqualTo(OrderStatus.ENDED);
		assertThat(interim.endReason()).contains(OrderEndReason.SUPERSEDED);
		assertThat(onlyApplication().hearings()).extracting(CourtHearing::kind)
			.containsExactly(HearingKind.INTERIM, HearingKind.FULL);
	}

	@Test
	void aRefusalEndsTheInterimOrderAndTellsItsMonitoring() {
		ProcessInstance caller = engine.getRuntimeService()
			.startProcessInstanceByKey("spoApplicationCaller", REFERENCE, commonVariables());
		ProcessInstance spo = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(caller.getId())
			.singleResult();
		lodge(spo, true);
		hearingListed("INTERIM", "2026-03-09");
		outcome(Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", "2026-09-09"));
		hearingListed("FULL", "2026-04-20");

		outcome(Map.of("courtOutcome", "REFUSED"));

		ProtectiveOrder interim = orders.get(UUID.fromString((String) variable(spo, "interimOrderId")));
		assertThat(interim.endReason()).contains(OrderEndReason.MAIN_APPLICATION_REFUSED);
		verify(inForce).orderEnded(interim.caseId());
		assertThat(spo).isWaitingAt("Task_DecideOnAppeal");
		assertThat(caller).hasPassed("Task_MonitorInterimOrder").isWaitingAt("CallActivity_SpoApplication");
	}

	@Test
	void aFullOrderCanBeGrantedAtTheFirstHearingForAFixedPeriod() {
		ProcessInstance spo = start();
		lodge(spo, false);
		hearingListed("FULL", "2026-03-20");
		assertThat(spo).hasPassed("Task_RecordHearing").isWaitingAt("Task_AwaitCourtOutcome");

		outcome(Map.of("courtOutcome", "FULL_GRANTED", "orderEndsOn", "2028-03-20"));

		assertThat(spo).hasPassed("Task_MakeFullOrder").hasNotPassed("Task_MakeInterimOrder").isEnded();
		assertThat(historicVariable(spo, "spoOutcome")).isEqualTo("FULL_GRANTED");
		ProtectiveOrder full = orders.get(UUID.fromString((String) historicVariable(spo, "fullOrderId")));
		assertThat(full.endsOn()).contains(LocalDate.of(2028, 3, 20));
		assertThat(full.supersedesOrderId()).isEmpty();
		assertThat(full.terms()).extracting(OrderTerm::kind).containsExactly(TermKind.PROHIBITION, TermKind.REQUIREMENT);
		verify(cases).moveTo(eq(UUID.fromString(CASE_ID)), eq(CaseStatus.ORDER_IN_FORCE), eq("FULL_SPO_GRANTED"), any());
	}

	@Test
	void anAdjournmentWaitsForTheOutcomeOfTheNextHearing() {
		ProcessInstance spo = start();
		lodge(spo, false);
		hearingListed("FULL", "2026-03-20");

		outcome(Map.of("courtOutcome", "ADJOURNED", "nextHearingOn", "2026-04-15"));

		assertThat(spo).hasPassed("Task_RecordOutcome").isWaitingAt("Task_AwaitCourtOutcome");
		assertThat(timer(spo, "Event_OutcomeOverdue").getDuedate())
			.isEqualTo(Date.from(Instant.parse("2026-04-18T00:00:00Z")));
		assertThat(onlyApplication().hearings()).extracting(CourtHearing::hearingOn)
			.containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 15));

		outcome(Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true));

		assertThat(spo).hasPassed("Task_MakeFullOrder").isEnded();
		assertThat(onlyApplication().hearings()).extracting(h -> h.outcome().orElseThrow())
			.containsExactly(CourtOutcome.ADJOURNED, CourtOutcome.FULL_GRANTED);
	}

	@Test
	void aRefusalNotAppealedEndsTheApplicationRefused() {
		ProcessInstance spo = refused();
		assertThat(task(spo)).hasCandidateGroup("legal-advisers").hasDueDate(Date.from(NOW.plus(Duration.ofDays(5))));

		complete(task(spo), withVariables("appeal", false, "appealReasoning", "Little prospect of success"));

		assertThat(spo).hasPassed("Task_RecordAppealDecision", "EndEvent_ApplicationRefused").isEnded();
		assertThat(historicVariable(spo, "spoOutcome")).isEqualTo("REFUSED");
		assertThat(historicVariable(spo, "appealReasoning")).isNull();
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.REFUSED);
	}

	@Test
	void anAppealGrantedByTheCrownCourtMakesTheFullOrder() {
		ProcessInstance spo = appealed();
		assertThat(referrals).extracting(Referral::purpose).containsExactly("SPO_APPLICATION", "SPO_APPEAL");

		outcome(Map.of("courtOutcome", "ADJOURNED", "nextHearingOn", "2026-05-11"));
		assertThat(spo).isWaitingAt("Task_AwaitAppealOutcome");
		outcome(Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true));

		assertThat(spo).hasPassed("Task_RecordAppealOutcome", "Task_MakeFullOrder", "EndEvent_FullOrderGranted")
			.isEnded();
		assertThat(historicVariable(spo, "spoOutcome")).isEqualTo("FULL_GRANTED");
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.FULL_GRANTED);
		assertThat(onlyApplication().hearings()).extracting(CourtHearing::kind)
			.containsExactly(HearingKind.FULL, HearingKind.APPEAL, HearingKind.APPEAL);
	}

	@Test
	void anAppealRefusedByTheCrownCourtEndsTheApplication() {
		ProcessInstance spo = appealed();

		outcome(Map.of("courtOutcome", "REFUSED"));

		assertThat(spo).hasPassed("EndEvent_AppealRefused").isEnded();
		assertThat(historicVariable(spo, "spoOutcome")).isEqualTo("APPEAL_REFUSED");
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.APPEAL_REFUSED);
		assertThat(orders).isEmpty();
	}

	@Test
	void anOverdueDecisionDraftOrReviewIsEscalatedToSupervisorsAndStaysOpen() {
		ProcessInstance spo = start();
		escalate(spo, "Event_DecisionOverdue", "Task_EscalateDecision", "Decide whether to apply for an SPO");
		assertThat(spo).isWaitingAt("Task_DecideToApply");
		complete(task(spo), decision(true, true));

		escalate(spo, "Event_DraftOverdue", "Task_EscalateDraft", "Draft the order's terms");
		assertThat(spo).isWaitingAt("Task_DraftOrderTerms");
		assertThat(task(spo)).hasCandidateGroup("investigators").hasCandidateGroup("supervisors");
		complete(task(spo), draft(false));

		escalate(spo, "Event_ReviewOverdue", "Task_EscalateReview", "Review the application");
		assertThat(spo).isWaitingAt("Task_ReviewApplication");
		assertThat(task(spo)).hasCandidateGroup("legal-advisers").hasCandidateGroup("supervisors");
	}

	@Test
	void theCourtIsChasedForAHearingDateAfterFourteenDaysAndForAnOutcomeThreeDaysAfterTheHearing() {
		ProcessInstance spo = start();
		lodge(spo, false);
		assertThat(timer(spo, "Event_HearingNotListed").getDuedate())
			.isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
		escalate(spo, "Event_HearingNotListed", "Task_ChaseHearingListing",
				"Await the hearing date");
		assertThat(spo).isWaitingAt("Task_AwaitHearingListing");

		hearingListed("FULL", "2026-03-20");
		assertThat(timer(spo, "Event_OutcomeOverdue").getDuedate())
			.isEqualTo(Date.from(Instant.parse("2026-03-23T00:00:00Z")));
		escalate(spo, "Event_OutcomeOverdue", "Task_ChaseCourtOutcome",
				"Await the court's outcome");
		assertThat(spo).isWaitingAt("Task_AwaitCourtOutcome");
	}

	@Test
	void anOverdueAppealDecisionAndAMissingAppealOutcomeAreEscalated() {
		ProcessInstance spo = refused();
		escalate(spo, "Event_AppealDecisionOverdue", "Task_EscalateAppealDecision",
				"Decide on an appeal to the Crown Court");
		assertThat(task(spo)).hasCandidateGroup("supervisors");
		complete(task(spo), withVariables("appeal", true, "appealReasoning", "The magistrates misapplied the test"));
		ReferralSends.run(engine.getManagementService(), spo.getId());

		assertThat(timer(spo, "Event_AppealOutcomeOverdue").getDuedate())
			.isEqualTo(Date.from(NOW.plus(Duration.ofDays(84))));
		escalate(spo, "Event_AppealOutcomeOverdue", "Task_ChaseAppealOutcome",
				"Await the Crown Court's outcome");
		assertThat(spo).isWaitingAt("Task_AwaitAppealOutcome");
	}

	@Test
	void courtMessagesOutOfTurnAreRefused() {
		ProcessInstance spo = start();
		assertThatThrownBy(() -> outcome(Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> hearingListed("FULL", "2026-03-20"))
			.isInstanceOf(MismatchingMessageCorrelationException.class);

		lodge(spo, false);
		assertThatThrownBy(() -> outcome(Map.of("courtOutcome", "REFUSED")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		hearingListed("FULL", "2026-03-20");
		assertThatThrownBy(() -> hearingListed("FULL", "2026-03-27"))
			.isInstanceOf(MismatchingMessageCorrelationException.class);

		assertThat(spo).isWaitingAt("Task_AwaitCourtOutcome");
	}

	@Test
	void theCrownCourtCannotGrantAnInterimOrderOnAppeal() {
		ProcessInstance spo = appealed();

		assertThatThrownBy(() -> outcome(Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", "2026-09-09")))
			.hasMessageContaining("Crown Court decides an appeal on the full order");

		assertThat(spo).isWaitingAt("Task_AwaitAppealOutcome");
		assertThat(orders).isEmpty();
	}

	private ProcessInstance start() {
		return engine.getRuntimeService().startProcessInstanceByKey("spoApplication", REFERENCE, commonVariables());
	}

	private static Map<String, Object> commonVariables() {
		return Map.of("caseId", CASE_ID, "caseReference", REFERENCE, "caseUnit", "NORTH", "riskLevel", "HIGH");
	}

	private static Map<String, Object> decision(boolean necessary, boolean apply) {
		return withVariables("actsAssociatedWithStalking", true, "actsReasoning", "Repeated following and messages",
				"riskAssociatedWithStalking", true, "riskReasoning", "Escalating contact", "orderNecessary", necessary,
				"necessityReasoning", "Other measures have failed", "defendantAgedTenOrOver", true,
				"defendantAreaCondition", "LIVES_IN_AREA", "defendantUnder18", false, "apply", apply);
	}

	private static Map<String, Object> draft(boolean interimWanted) {
		return withVariables("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the protected person",
				"term1Necessity", "Contact is the core of the stalking", "term2Kind", "REQUIREMENT", "term2Wording",
				"Attend a perpetrator programme", "term2Necessity", "Addresses the fixation", "interimWanted",
				interimWanted, "orderDuration", "UNTIL_FURTHER_ORDER");
	}

	private void lodge(ProcessInstance spo, boolean interimWanted) {
		complete(task(spo), decision(true, true));
		complete(task(spo), draft(interimWanted));
		complete(task(spo), withVariables("reviewDecision", "APPROVE"));
		ReferralSends.run(engine.getManagementService(), spo.getId());
		assertThat(spo).isWaitingAt("Task_AwaitHearingListing");
	}

	private ProcessInstance refused() {
		ProcessInstance spo = start();
		lodge(spo, false);
		hearingListed("FULL", "2026-03-20");
		outcome(Map.of("courtOutcome", "REFUSED"));
		assertThat(spo).hasPassed("Task_RecordRefusal").isWaitingAt("Task_DecideOnAppeal");
		return spo;
	}

	private ProcessInstance appealed() {
		ProcessInstance spo = refused();
		complete(task(spo), withVariables("appeal", true, "appealReasoning", "The magistrates misapplied the test"));
		ReferralSends.run(engine.getManagementService(), spo.getId());
		assertThat(spo).hasPassed("Task_LodgeAppeal", "Task_SendAppealToCourt").isWaitingAt("Task_AwaitAppealOutcome");
		assertThat(sends.delivered()).containsExactly((String) variable(spo, "courtReferralId"),
				(String) variable(spo, "appealReferralId"));
		assertThat(onlyApplication().status()).isEqualTo(SpoApplicationStatus.APPEALED);
		return spo;
	}

	private void hearingListed(String kind, String on) {
		correlate(ProcessMessages.COURT_HEARING_LISTED, Map.of("hearingKind", kind, "hearingOn", on));
	}

	private void outcome(Map<String, Object> payload) {
		correlate(ProcessMessages.COURT_OUTCOME_RECEIVED, payload);
	}

	private void correlate(String message, Map<String, Object> payload) {
		engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceBusinessKey(REFERENCE)
			.setVariables(payload)
			.correlate();
	}

	private Job timer(ProcessInstance spo, String eventId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(spo.getId())
			.activityId(eventId)
			.singleResult();
	}

	private void escalate(ProcessInstance spo, String eventId, String escalationTask, String overdueActivity) {
		engine.getManagementService().executeJob(timer(spo, eventId).getId());
		assertThat(spo).hasPassed(eventId, escalationTask);
		verify(cases).record(UUID.fromString(CASE_ID), "TASK_ESCALATED", "Overdue, escalated to supervisors: " + overdueActivity);
	}

	private Object variable(ProcessInstance instance, String name) {
		return engine.getRuntimeService().getVariable(instance.getId(), name);
	}

	private Object historicVariable(ProcessInstance instance, String name) {
		var found = engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult();
		return found == null ? null : found.getValue();
	}

	private SpoApplication onlyApplication() {
		assertThat(applications).hasSize(1);
		return applications.values().iterator().next();
	}

}
