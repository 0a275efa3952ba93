package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.police.spo.breach.BreachHandlingFixtures;
import uk.police.spo.breach.BreachRecords;
import uk.police.spo.breach.BreachSource;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.DraftTerm;
import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.orders.TermKind;
import uk.police.spo.support.ReferralSends;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/orderMonitoring.bpmn", "processes/breachHandling.bpmn",
		"forms/monitoring-acknowledge-notification.form", "forms/monitoring-acknowledge-change.form",
		"forms/monitoring-review-order.form", "forms/monitoring-consider-renewal.form",
		"forms/monitoring-renewal-outcome.form", "forms/monitoring-prepare-variation.form",
		"forms/monitoring-variation-outcome.form", "forms/monitoring-prepare-discharge.form",
		"forms/monitoring-discharge-outcome.form", "forms/breach-record-offence.form",
		"forms/breach-arrest-and-charge.form", "forms/breach-reassess-risk.form", "forms/triage-plan-safeguarding.form",
		"breach/triageRisk-stub.dmn" })
class OrderMonitoringProcessTests {

	static final String REFERENCE = "SH-2026-000042";

	static final List<DraftTerm.Wording> VARIED_TERMS = List.of(new DraftTerm.Wording(TermKind.PROHIBITION,
			"Not to enter Hitchin town centre", "The defendant waited there for the victim"));

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final String SERVED_AT = "2026-03-02T09:00:00Z";

	static final ZoneId UK = ZoneId.of("Europe/London");

	static final NotifiedDetails NOTIFIED = new NotifiedDetails(List.of("Dylan Ashcombe", "Dylan A Combe"),
			List.of("DJ Ash"), "4 Station Approach, Stevenage SG1 1AB");

	static final NotifiedDetails NEW_ADDRESS = new NotifiedDetails(List.of("Dylan Ashcombe", "Dylan A Combe"),
			List.of("DJ Ash"), "Flat 2, 18 Orchard Road, Letchworth SG6 3DE");

	/** Changed on 10 June 2026 (summer time): the 3 days beginning that day end at midnight after 12 June, UK time. */
	static final Instant CHANGE_DUE = Instant.parse("2026-06-12T23:00:00Z");

	ProcessEngine engine;

	final UUID caseId = UUID.randomUUID();

	final UUID orderId = UUID.randomUUID();

	final MonitoredOrders orders = mock(MonitoredOrders.class);

	final BreachRecords breaches = mock(BreachRecords.class);

	final CaseRecords records = mock(CaseRecords.class);

	@BeforeEach
	void register() {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		BreachHandlingFixtures.register(breaches, records);
		Mocks.register("monitoringSchedule", new MonitoringSchedule("P3M", "P2M"));
		Mocks.register("recordServiceDelegate", new RecordServiceDelegate(orders));
		Mocks.register("recordNotificationDelegate", new RecordNotificationDelegate(orders));
		Mocks.register("recordChangeNotificationDelegate", new RecordChangeNotificationDelegate(orders));
		Mocks.register("registerLateChangeNotificationDelegate", new RegisterLateChangeNotificationDelegate(breaches));
		Mocks.register("registerFalseNotificationDelegate", new RegisterFalseNotificationDelegate(orders, breaches));
		Mocks.register("registerFailureToNotifyDelegate", new RegisterFailureToNotifyDelegate(breaches));
		Mocks.register("registerVerificationRefusedDelegate", new RegisterVerificationRefusedDelegate(orders, breaches));
		Mocks.register("recordOrderReviewDelegate", new RecordOrderReviewDelegate(orders));
		Mocks.register("recordRenewalDelegate", new RecordRenewalDelegate(orders));
		Mocks.register("recordVariationDelegate", new RecordVariationDelegate(orders));
		Mocks.register("recordDischargeDelegate", new RecordDischargeDelegate(orders));
		Mocks.register("recordExpiryDelegate", new RecordExpiryDelegate(orders));
		Mocks.register("recordInterimMonitoringEndedDelegate", new RecordInterimMonitoringEndedDelegate(orders));
		Mocks.register("recordBreachReportDelegate", new RecordBreachReportDelegate(breaches));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
		ClockUtil.reset();
	}

	// ---- service and notification

	@Test
	void monitoringWaitsForServiceAndEscalatesAnUnservedOrderAfter7Days() {
		ProcessInstance monitoring = start(false);

		assertThat(monitoring).isWaitingAt("Task_AwaitOrderServed");
		assertDue(monitoring, "Event_ServiceOverdue", NOW.plusSeconds(7 * 86400));
		fire(monitoring, "Event_ServiceOverdue");

		assertThat(monitoring).hasPassed("Task_EscalateService").isWaitingAt("Task_AwaitOrderServed");
		verify(records).record(eq(caseId), eq("TASK_ESCALATED"), contains("Await service"));
	}

	@Test
	void aNotificationVariationDischargeOrBreachBeforeServiceIsRefused() {
		ProcessInstance monitoring = start(false);

		assertThatThrownBy(() -> correlate("NotificationReceived", Map.of("notifiedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("VariationRequested", Map.of("variationApplicant", "POLICE")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("BreachReported", breachReport()))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("ChangeNotificationReceived",
				Map.of("changedOn", "2026-03-01", "notifiedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("NotificationFoundFalse", Map.of()))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(monitoring).isWaitingAt("Task_AwaitOrderServed");
	}

	@Test
	void aServedOrderIsInForceAndTheDefendantMustNotifyWithin3Days() {
		ProcessInstance monitoring = start(false);

		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));

		assertThat(monitoring).hasPassed("Task_RecordService")
			.isWaitingAt("Gateway_AwaitNotification", "Event_ReviewDue", "Event_RenewalDue")
			.variables()
			.containsEntry("orderKind", "FULL")
			.containsEntry("fixedEnd", true)
			.containsEntry("orderEndsOn", "2028-03-01");
		verify(orders).serve(caseId, orderId, NOW);
		// served on 2 March: the 3 days beginning with that day end at midnight after 4 March, UK time (s.9)
		assertDue(monitoring, "Event_NotificationOverdue", Instant.parse("2026-03-05T00:00:00Z"));
		assertThatThrownBy(() -> correlate("OrderServed", Map.of("servedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	void aNotificationIsAcknowledgedInWritingAndRecorded() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));

		correlate("NotificationReceived", Map.of("notifiedAt", "2026-03-03T14:30:00+00:00"));

		assertThat(monitoring).isWaitingAt("Task_AcknowledgeNotification").isNotWaitingAt("Gateway_AwaitNotification");
		assertThat(timer(monitoring, "Event_NotificationOverdue")).isNull();
		Task acknowledge = userTask(monitoring, "Task_AcknowledgeNotification");
		assertThat(acknowledge).hasCandidateGroup("offender-managers")
			.hasName("Acknowledge the notification in writing · " + REFERENCE + " · MEDIUM risk")
			.hasDueDate(Date.from(NOW.plusSeconds(2 * 86400)));
		assertEscalates(monitoring, "Task_AcknowledgeNotification", "Acknowledgement");

		complete(acknowledge, acknowledgement(NOTIFIED, "TAKEN", "NOT_TAKEN"));

		assertThat(monitoring).hasPassed("Task_RecordNotification", "EndEvent_NotificationMade")
			.hasNotPassed("Event_VerificationRefusedOffence");
		verify(orders).notified(caseId, orderId, new StationNotification(
				Instant.parse("2026-03-03T14:30:00Z"), NOTIFIED, TakenAtStation.TAKEN, TakenAtStation.NOT_TAKEN));
		assertThat(engine.getRuntimeService().getVariables(monitoring.getId()))
			.as("what the defendant notified is kept by monitoring, not in the process")
			.doesNotContainKeys(NotificationAnswers.NOTIFIED.toArray(String[]::new))
			.containsEntry("notificationMade", true);
		assertThatThrownBy(() -> correlate("NotificationReceived", Map.of("notifiedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	void anAcknowledgementWithoutTheNotifiedDetailsOrTheFingerprintsDecisionIsRefused() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));
		correlate("NotificationReceived", Map.of("notifiedAt", "2026-03-03T14:30:00+00:00"));
		Task acknowledge = userTask(monitoring, "Task_AcknowledgeNotification");

		Map<String, Object> noAddress = new HashMap<>(acknowledgement(NOTIFIED, "TAKEN", "TAKEN"));
		noAddress.remove("notifiedHomeAddress");
		assertThatThrownBy(() -> complete(acknowledge, noAddress)).hasMessageContaining("notifiedHomeAddress");
		Map<String, Object> noDecision = new HashMap<>(acknowledgement(NOTIFIED, "TAKEN", "TAKEN"));
		noDecision.remove("fingerprints");
		assertThatThrownBy(() -> complete(acknowledge, noDecision)).hasMessageContaining("fingerprints");

		assertThat(monitoring).isWaitingAt("Task_AcknowledgeNotification");
		verify(orders, never()).notified(any(), any(), any());
	}

	// ---- changes after the first notification (s.9(4)) and false information (s.11)

	@Test
	void aChangeNotifiedWithinTheThreeDaysBeginningWithItIsAcknowledgedAndRecordedWithoutAnOffence() {
		ProcessInstance monitoring = servedAndNotified();

		// 23:59 on 12 June, UK summer time: the last minute of the period
		correlate("ChangeNotificationReceived", Map.of("changedOn", "2026-06-10", "notifiedAt", "2026-06-12T22:59:00Z"));

		Task acknowledge = userTask(monitoring, "Task_AcknowledgeChangeNotification");
		assertThat(acknowledge).hasCandidateGroup("offender-managers")
			.hasName("Acknowledge the notification of a change in writing · " + REFERENCE + " · MEDIUM risk");
		assertEscalates(monitoring, "Task_AcknowledgeChangeNotification", "ChangeAcknowledgement");
		complete(userTask(monitoring, "Task_AcknowledgeChangeNotification"), change("HOME_ADDRESS"));

		assertThat(monitoring).hasPassed("Task_RecordChangeNotification", "Task_ProduceChangeAcknowledgement",
				"EndEvent_ChangeNotified")
			.hasNotPassed("Task_RegisterLateChangeNotification")
			.isWaitingAt("Event_ReviewDue");
		verify(orders).changeNotified(caseId, orderId, ChangeNotified.HOME_ADDRESS, LocalDate.of(2026, 6, 10),
				new StationNotification(Instant.parse("2026-06-12T22:59:00Z"), NEW_ADDRESS, TakenAtStation.NOT_TAKEN,
						TakenAtStation.TAKEN));
		verify(breaches, never()).changeNotifiedLate(any(), any(), any());
		assertThat(engine.getRuntimeService().getVariables(monitoring.getId()))
			.doesNotContainKeys(NotificationAnswers.NOTIFIED.toArray(String[]::new))
			.containsEntry("changeNotifiedLate", false);
		assertThat(calledBreachHandling(monitoring)).isNull();
	}

	@Test
	void fingerprintsRefusedAtTheFirstNotificationAreRegisteredAsAnOffenceAndHandledWhileTheNotificationIsMade() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));
		Instant notifiedAt = Instant.parse("2026-03-03T14:30:00Z");
		UUID breachId = UUID.randomUUID();
		when(orders.lastNotificationAt(orderId)).thenReturn(notifiedAt);
		when(breaches.verificationRefused(caseId, orderId, notifiedAt)).thenReturn(breachId);
		when(breaches.informCourtAndAdvocacy(caseId)).thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		correlate("NotificationReceived", Map.of("notifiedAt", "2026-03-03T14:30:00+00:00"));
		complete(userTask(monitoring, "Task_AcknowledgeNotification"), acknowledgement(NOTIFIED, "REFUSED", "TAKEN"));

		verify(breaches).verificationRefused(caseId, orderId, notifiedAt);
		assertThat(monitoring).hasPassed("Event_VerificationRefusedOffence", "Task_RegisterVerificationRefused",
				"EndEvent_NotificationMade")
			.isWaitingAt("CallActivity_HandleBreach");
		ProcessInstance breach = calledBreachHandling(monitoring);
		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence").variables().containsEntry("breachId",
				breachId.toString());
	}

	@Test
	void aPhotographRefusedAtALateChangeIsAnOffenceBesideTheLateChangeEachHandledOnItsOwn() {
		ProcessInstance monitoring = servedAndNotified();
		verify(breaches, never()).verificationRefused(any(), any(), any());
		Instant notifiedAt = Instant.parse("2026-06-12T23:00:00Z");
		UUID refused = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		when(orders.lastNotificationAt(orderId)).thenReturn(notifiedAt);
		when(breaches.verificationRefused(caseId, orderId, notifiedAt)).thenReturn(refused);
		when(breaches.changeNotifiedLate(caseId, orderId, CHANGE_DUE)).thenReturn(late);
		when(breaches.informCourtAndAdvocacy(caseId)).thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		correlate("ChangeNotificationReceived", Map.of("changedOn", "2026-06-10", "notifiedAt", "2026-06-12T23:00:00Z"));
		Map<String, Object> answers = change("NAME");
		answers.put("photograph", "REFUSED");
		complete(userTask(monitoring, "Task_AcknowledgeChangeNotification"), answers);

		verify(breaches).verificationRefused(caseId, orderId, notifiedAt);
		verify(breaches).changeNotifiedLate(caseId, orderId, CHANGE_DUE);
		assertThat(monitoring).hasPassed("Task_RegisterChangeVerificationRefused", "Task_ProduceChangeAcknowledgement",
				"Task_RegisterLateChangeNotification");
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(monitoring.getId())
			.list()
			.stream()
			.map(p -> engine.getRuntimeService().getVariable(p.getId(), "breachId"))
			.toList()).containsExactlyInAnyOrder(refused.toString(), late.toString());
	}

	@Test
	void aChangeNotifiedAfterItsThreeDaysIsRecordedAsAnOffenceAndHandledLikeABreach() {
		ProcessInstance monitoring = servedAndNotified();
		UUID breachId = UUID.randomUUID();
		when(breaches.changeNotifiedLate(caseId, orderId, CHANGE_DUE)).thenReturn(breachId);
		when(breaches.informCourtAndAdvocacy(caseId))
			.thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		// midnight after 12 June, UK summer time: the period has ended
		correlate("ChangeNotificationReceived", Map.of("changedOn", "2026-06-10", "notifiedAt", "2026-06-12T23:00:00Z"));
		complete(userTask(monitoring, "Task_AcknowledgeChangeNotification"), change("NAME"));

		verify(orders).changeNotified(eq(caseId), eq(orderId), eq(ChangeNotified.NAME),
				eq(LocalDate.of(2026, 6, 10)), any());
		verify(breaches).changeNotifiedLate(caseId, orderId, CHANGE_DUE);
		assertThat(monitoring).hasPassed("Task_ProduceChangeAcknowledgement", "Task_RegisterLateChangeNotification")
			.hasNotPassed("EndEvent_ChangeNotified")
			.isWaitingAt("CallActivity_HandleBreach");
		ProcessInstance breach = calledBreachHandling(monitoring);
		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence").variables().containsEntry("breachId",
				breachId.toString());

		handleBreach(breach, false);
		verify(breaches).decided(breachId, "CR/2026/88", "ARRESTED", "CHARGE");
		assertThat(monitoring).hasPassed("EndEvent_BreachHandled").isWaitingAt("Event_ReviewDue");
	}

	@Test
	void aNotificationFoundFalseIsRecordedAsAnOffenceFromWhenItWasMadeAndHandledLikeABreach() {
		ProcessInstance monitoring = servedAndNotified();
		Instant notifiedAt = Instant.parse("2026-03-03T14:30:00Z");
		UUID breachId = UUID.randomUUID();
		when(orders.notificationFoundFalseAt(caseId, Optional.empty())).thenReturn(notifiedAt);
		when(breaches.falseNotification(caseId, orderId, notifiedAt)).thenReturn(breachId);

		correlate("NotificationFoundFalse", Map.of());

		assertThat(monitoring).hasPassed("Task_RegisterFalseNotification").isWaitingAt("CallActivity_HandleBreach");
		verify(breaches).falseNotification(caseId, orderId, notifiedAt);
		ProcessInstance breach = calledBreachHandling(monitoring);
		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence").variables().containsEntry("breachId",
				breachId.toString());
		assertThat(userTask(breach, "Task_RecordBreachAsOffence")).hasCandidateGroup("investigators");
	}

	@Test
	void aNotificationFoundFalseNamedByItsDayIsDatedFromThatNotificationAndTheDayIsNotKept() {
		ProcessInstance monitoring = servedAndNotified();
		Instant notifiedAt = Instant.parse("2026-03-03T14:30:00Z");
		UUID breachId = UUID.randomUUID();
		when(orders.notificationFoundFalseAt(caseId, Optional.of(LocalDate.parse("2026-03-03"))))
			.thenReturn(notifiedAt);
		when(breaches.falseNotification(caseId, orderId, notifiedAt)).thenReturn(breachId);

		correlate("NotificationFoundFalse", Map.of("notificationMadeOn", "2026-03-03"));

		verify(breaches).falseNotification(caseId, orderId, notifiedAt);
		assertThat(monitoring).hasPassed("Task_RegisterFalseNotification")
			.variables()
			.doesNotContainKey("notificationMadeOn");
	}

	@Test
	void noNotificationWithin3DaysIsRegisteredAsAnOffenceAndHandledLikeABreach() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));
		UUID breachId = UUID.randomUUID();
		when(breaches.failedToNotify(caseId, orderId)).thenReturn(breachId);
		when(breaches.informCourtAndAdvocacy(caseId)).thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		fire(monitoring, "Event_NotificationOverdue");

		verify(breaches).failedToNotify(caseId, orderId);
		assertThat(monitoring).hasPassed("Event_FailureToNotify", "Event_NotificationNotMade",
				"Task_RegisterFailureToNotify")
			.isWaitingAt("CallActivity_HandleBreach", "Event_LateNotificationReceived")
			.isNotWaitingAt("Gateway_AwaitNotification");
		ProcessInstance breach = calledBreachHandling(monitoring);
		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence").variables().containsEntry("breachId",
				breachId.toString());
		assertThat(userTask(breach, "Task_RecordBreachAsOffence")).hasCandidateGroup("investigators");

		handleBreach(breach, false);
		verify(breaches).decided(breachId, "CR/2026/88", "ARRESTED", "CHARGE");
		assertThat(monitoring).hasPassed("EndEvent_BreachHandled").isWaitingAt("Event_LateNotificationReceived");
	}

	@Test
	void aFirstNotificationAfterThe3DaysIsStillAcknowledgedAndRecordedWhileTheOffenceIsHandled() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));
		when(breaches.failedToNotify(caseId, orderId)).thenReturn(UUID.randomUUID());
		fire(monitoring, "Event_NotificationOverdue");

		// a week after service: the 3 days beginning with 2 March ended at midnight after 4 March
		correlate("NotificationReceived", Map.of("notifiedAt", "2026-03-09T11:00:00Z"));

		assertThat(monitoring).hasPassed("Event_LateNotificationReceived").isWaitingAt("Task_AcknowledgeNotification");
		complete(userTask(monitoring, "Task_AcknowledgeNotification"), acknowledgement(NOTIFIED, "TAKEN", "TAKEN"));

		verify(orders).notified(caseId, orderId, new StationNotification(Instant.parse("2026-03-09T11:00:00Z"),
				NOTIFIED, TakenAtStation.TAKEN, TakenAtStation.TAKEN));
		assertThat(monitoring).hasPassed("Task_RecordNotification", "EndEvent_NotificationMade")
			.variables()
			.containsEntry("notificationMade", true);
		assertThat(calledBreachHandling(monitoring)).as("the failure to notify stays an offence")
			.isWaitingAt("Task_RecordBreachAsOffence");
		assertThatThrownBy(() -> correlate("NotificationReceived", Map.of("notifiedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	void aFullOrderReplacingAnInterimOneDoesNotRestartTheNotificationDuty() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		assertThat(monitoring).hasPassed("EndEvent_NotificationAlreadyMade")
			.isNotWaitingAt("Gateway_AwaitNotification");
		assertThat(timer(monitoring, "Event_NotificationOverdue")).isNull();
		assertThatThrownBy(() -> correlate("NotificationReceived", Map.of("notifiedAt", SERVED_AT)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	// ---- reviews, renewal, expiry

	@Test
	void theOrderIsReviewedEvery3MonthsWithTheVictimContacted() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		assertDue(monitoring, "Event_ReviewDue", // the engine adds months in the JVM's time zone
				ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusMonths(3).toInstant());
		review(monitoring, "SPOKE_TO_VICTIM");
		assertEscalatesAfterReview(monitoring);
		review(monitoring, "NO_REPLY");

		verify(orders, times(2)).reviewed(caseId, orderId, "SPOKE_TO_VICTIM", "COMPLYING");
		verify(orders).reviewed(caseId, orderId, "NO_REPLY", "COMPLYING");
		assertThat(monitoring).isWaitingAt("Event_ReviewDue");
	}

	@Test
	void anOrderUntilFurtherOrderHasNoRenewalOrExpiry() {
		ProcessInstance monitoring = start(true);

		serve(monitoring, fullOrder(null));

		assertThat(monitoring).hasPassed("EndEvent_UntilFurtherOrder")
			.isNotWaitingAt("Event_RenewalDue", "Event_OrderExpires")
			.isWaitingAt("Event_ReviewDue");
	}

	@Test
	void renewalIsConsidered2MonthsBeforeAFixedEndAndAGrantedRenewalMovesTheTimers() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		assertDue(monitoring, "Event_RenewalDue", LocalDate.of(2028, 1, 1).atStartOfDay(UK).toInstant());

		fire(monitoring, "Event_RenewalDue");
		assertThat(userTask(monitoring, "Task_ConsiderRenewal")).hasCandidateGroup("offender-managers");
		assertEscalates(monitoring, "Task_ConsiderRenewal", "RenewalDecision");
		complete(userTask(monitoring, "Task_ConsiderRenewal"), withVariables("renewalApplication", "APPLY"));
		assertEscalates(monitoring, "Task_RecordRenewalOutcome", "RenewalOutcome");
		when(orders.renewal(any(), any(), eq(true), any(), any())).thenReturn(fullOrder(LocalDate.of(2030, 3, 1)));
		complete(userTask(monitoring, "Task_RecordRenewalOutcome"), withVariables("renewalDecision", "GRANTED",
				"renewalDecidedOn", "2026-03-01", "renewedEndsOn", "2030-03-01"));

		verify(orders).renewal(caseId, orderId, true, LocalDate.of(2026, 3, 1), LocalDate.of(2030, 3, 1));
		assertThat(monitoring).hasPassed("Task_RecordRenewal").isWaitingAt("Event_RenewalDue");
		assertThat(monitoring).variables().containsEntry("orderEndsOn", "2030-03-01");
		assertDue(monitoring, "Event_RenewalDue", LocalDate.of(2030, 1, 1).atStartOfDay(UK).toInstant());
	}

	@Test
	void anOrderNotRenewedExpiresAtTheEndOfItsLastDay() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		fire(monitoring, "Event_RenewalDue");

		complete(userTask(monitoring, "Task_ConsiderRenewal"), withVariables("renewalApplication", "DO_NOT_APPLY"));

		assertThat(monitoring).isWaitingAt("Event_OrderExpires");
		assertDue(monitoring, "Event_OrderExpires", LocalDate.of(2028, 3, 2).atStartOfDay(UK).toInstant());
		fire(monitoring, "Event_OrderExpires");
		assertThat(monitoring).hasPassed("EndEvent_OrderPeriodOver", "Task_RecordExpiry", "EndEvent_OrderExpired")
			.isEnded();
		verify(orders).expired(caseId, orderId);
	}

	@Test
	void aRefusedRenewalLeavesTheOrderToExpire() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		fire(monitoring, "Event_RenewalDue");
		complete(userTask(monitoring, "Task_ConsiderRenewal"), withVariables("renewalApplication", "APPLY"));
		when(orders.renewal(any(), any(), eq(false), any(), any())).thenReturn(fullOrder(LocalDate.of(2028, 3, 1)));

		complete(userTask(monitoring, "Task_RecordRenewalOutcome"),
				withVariables("renewalDecision", "REFUSED", "renewalDecidedOn", "2026-03-01"));

		verify(orders).renewal(caseId, orderId, false, LocalDate.of(2026, 3, 1), null);
		assertThat(monitoring).isWaitingAt("Event_OrderExpires").isNotWaitingAt("Event_RenewalDue");
	}

	// ---- variation and discharge

	@Test
	void aRequestedVariationGoesToCourtWhileTheOrderStaysInForce() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		correlate("VariationRequested", Map.of("variationApplicant", "DEFENDANT"));

		assertThat(userTask(monitoring, "Task_PrepareVariationApplication")).hasCandidateGroup("legal-advisers");
		assertEscalates(monitoring, "Task_PrepareVariationApplication", "VariationApplication");
		decideVariation(monitoring, "DEFENDANT");

		verify(orders).variation(caseId, REFERENCE, orderId, Applicant.DEFENDANT, true, LocalDate.of(2026, 3, 1),
				VARIED_TERMS);
		assertThat(monitoring).hasPassed("Task_RecordVariation", "EndEvent_VariationDecided")
			.isWaitingAt("Event_ReviewDue");
	}

	@Test
	void aSecondVariationWhileOneIsBeforeTheCourtIsRefusedAndOpensNoSecondApplication() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));
		correlate("VariationRequested", Map.of("variationApplicant", "DEFENDANT"));

		assertThatThrownBy(() -> correlate("VariationRequested", Map.of("variationApplicant", "POLICE")))
			.isInstanceOf(MismatchingMessageCorrelationException.class)
			.hasMessageContaining("already before the court");
		assertThat(openTasks(monitoring, "Task_PrepareVariationApplication")).isEqualTo(1);

		complete(userTask(monitoring, "Task_PrepareVariationApplication"), withVariables("variationApplicant",
				"DEFENDANT", "variationLodgedOn", "2026-03-01", "variationTermsNecessary", true));
		assertThatThrownBy(() -> correlate("VariationRequested", Map.of("variationApplicant", "POLICE")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(openTasks(monitoring, "Task_PrepareVariationApplication")).isZero();
		assertThat(openTasks(monitoring, "Task_RecordVariationOutcome")).isEqualTo(1);

		complete(userTask(monitoring, "Task_RecordVariationOutcome"),
				withVariables("variationDecision", "REFUSED", "variationDecidedOn", "2026-03-01"));
		correlate("VariationRequested", Map.of("variationApplicant", "POLICE"));
		assertThat(openTasks(monitoring, "Task_PrepareVariationApplication")).isEqualTo(1);
	}

	@Test
	void aSecondDischargeWhileOneIsBeforeTheCourtIsRefusedButADischargeMaySupersedeAVariation() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));
		correlate("VariationRequested", Map.of("variationApplicant", "POLICE"));
		correlate("DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));

		assertThatThrownBy(() -> correlate("DischargeRequested", Map.of("dischargeApplicant", "POLICE")))
			.isInstanceOf(MismatchingMessageCorrelationException.class)
			.hasMessageContaining("discharge application for this order is already before the court");
		complete(userTask(monitoring, "Task_PrepareDischargeApplication"), withVariables("dischargeApplicant",
				"DEFENDANT", "dischargeLodgedOn", "2026-03-01", "victimViewsSought", true));
		assertThatThrownBy(() -> correlate("DischargeRequested", Map.of("dischargeApplicant", "POLICE")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);

		assertThat(openTasks(monitoring, "Task_PrepareDischargeApplication")).isZero();
		assertThat(openTasks(monitoring, "Task_RecordDischargeOutcome")).isEqualTo(1);
		assertThat(openTasks(monitoring, "Task_PrepareVariationApplication")).isEqualTo(1);
	}

	@Test
	void aGrantedDischargeEndsTheOrderAndItsMonitoring() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		correlate("VariationRequested", Map.of("variationApplicant", "POLICE"));

		requestDischarge(monitoring, "GRANTED");

		verify(orders).discharge(caseId, orderId, Applicant.DEFENDANT, true, LocalDate.of(2026, 3, 1));
		assertThat(monitoring).hasPassed("Task_RecordDischarge", "EndEvent_OrderDischarged").isEnded();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(monitoring.getId()).count())
			.isZero();
	}

	@Test
	void aRefusedDischargeLeavesTheOrderInForce() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		requestDischarge(monitoring, "REFUSED");

		verify(orders).discharge(caseId, orderId, Applicant.DEFENDANT, false, LocalDate.of(2026, 3, 1));
		assertThat(monitoring).hasPassed("EndEvent_DischargeRefused").isWaitingAt("Event_ReviewDue");
	}

	@Test
	void noVariationOrDischargeIsTakenOnceTheOrderIsDischarged() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));
		requestDischarge(monitoring, "GRANTED");
		assertThat(monitoring).isEnded();

		assertNoVariationOrDischargeTaken();
	}

	@Test
	void noVariationOrDischargeIsTakenOnceTheOrderHasExpired() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		fire(monitoring, "Event_RenewalDue");
		complete(userTask(monitoring, "Task_ConsiderRenewal"), withVariables("renewalApplication", "DO_NOT_APPLY"));
		fire(monitoring, "Event_OrderExpires");
		assertThat(monitoring).hasPassed("Task_RecordExpiry").isEnded();

		assertNoVariationOrDischargeTaken();
	}

	@Test
	void anExpiryEndsAVariationStillBeforeTheCourtAndNothingIsTakenAfterIt() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(LocalDate.of(2028, 3, 1)));
		correlate("VariationRequested", Map.of("variationApplicant", "DEFENDANT"));
		fire(monitoring, "Event_RenewalDue");
		complete(userTask(monitoring, "Task_ConsiderRenewal"), withVariables("renewalApplication", "DO_NOT_APPLY"));
		fire(monitoring, "Event_OrderExpires");
		assertThat(monitoring).hasPassed("EndEvent_OrderPeriodOver", "EndEvent_OrderExpired").isEnded();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(monitoring.getId()).count()).isZero();

		assertNoVariationOrDischargeTaken();
		assertThatThrownBy(() -> correlate("BreachReported", breachReport()))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	void noVariationOrDischargeIsTakenOnceAnInterimOrdersMonitoringHasEnded() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, ProtectiveOrder.interim(caseId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));
		correlate("InterimOrderEnded", Map.of());
		assertThat(monitoring).isEnded();

		assertNoVariationOrDischargeTaken();
	}

	private void assertNoVariationOrDischargeTaken() {
		assertThatThrownBy(() -> correlate("VariationRequested", Map.of("variationApplicant", "DEFENDANT")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThatThrownBy(() -> correlate("DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(engine.getRuntimeService()
			.createEventSubscriptionQuery()
			.eventName("VariationRequested")
			.count()).isZero();
	}

	// ---- breaches

	@Test
	void aBreachThatNeedsAVariationLeadsToTheVariationApplication() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		ProcessInstance breach = reportBreach(monitoring);
		handleBreach(breach, true);

		assertThat(monitoring).hasPassed("CallActivity_HandleBreach")
			.isWaitingAt("Task_PrepareVariationApplication")
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("variationNeeded", true);
		decideVariation(monitoring, "POLICE");
		verify(orders).variation(caseId, REFERENCE, orderId, Applicant.POLICE, true, LocalDate.of(2026, 3, 1),
				VARIED_TERMS);
	}

	@Test
	void aBreachWithoutAVariationIsHandledAndMonitoringGoesOn() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		ProcessInstance breach = reportBreach(monitoring);
		handleBreach(breach, false);

		assertThat(monitoring).hasPassed("EndEvent_BreachHandled")
			.isNotWaitingAt("Task_PrepareVariationApplication")
			.isWaitingAt("Event_ReviewDue")
			.variables()
			.containsEntry("riskLevel", "MEDIUM")
			.containsEntry("variationNeeded", false);
	}

	@Test
	void aReviewThatSuspectsABreachStartsBreachHandlingAndTheReviewsGoOn() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));
		UUID breachId = UUID.randomUUID();
		// reported by the officer, from the start of the day it happened (UK time: summer time on 1 June)
		when(breaches.reported(caseId, orderId, BreachSource.OFFICER, Instant.parse("2026-05-31T23:00:00Z")))
			.thenReturn(breachId);
		fire(monitoring, "Event_ReviewDue");

		complete(userTask(monitoring, "Task_ReviewOrder"), withVariables("victimContact", "SPOKE_TO_VICTIM",
				"orderCompliance", "BREACH_SUSPECTED", "breachOccurredOn", "2026-06-01"));

		verify(orders).reviewed(caseId, orderId, "SPOKE_TO_VICTIM", "BREACH_SUSPECTED");
		assertThat(monitoring).hasPassed("Task_RecordReview", "Event_BreachSuspectedAtReview", "Task_RecordBreachReport")
			.isWaitingAt("CallActivity_HandleBreach", "Event_ReviewDue");
		ProcessInstance breach = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(monitoring.getId())
			.singleResult();
		assertThat(breach).isWaitingAt("Task_RecordBreachAsOffence").variables().containsEntry("breachId", breachId.toString());
	}

	@Test
	void offencesHandledAtTheSameTimeEachKeepTheirOwnBreachId() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID falseNotification = UUID.randomUUID();
		Instant notifiedAt = Instant.parse("2026-03-01T10:00:00Z");
		when(breaches.reported(caseId, orderId, BreachSource.HOUSING, Instant.parse("2026-03-02T08:00:00Z")))
			.thenReturn(first);
		when(breaches.reported(caseId, orderId, BreachSource.COURT, Instant.parse("2026-03-02T08:30:00Z")))
			.thenReturn(second);
		when(orders.notificationFoundFalseAt(caseId, Optional.empty())).thenReturn(notifiedAt);
		when(breaches.falseNotification(caseId, orderId, notifiedAt)).thenReturn(falseNotification);
		when(breaches.informCourtAndAdvocacy(caseId)).thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		correlate("BreachReported", breachReport());
		correlate("BreachReported", Map.of("reportedBy", "COURT", "breachOccurredAt", "2026-03-02T08:30:00Z"));
		correlate("NotificationFoundFalse", Map.of());

		Map<String, ProcessInstance> handling = new HashMap<>();
		engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(monitoring.getId())
			.list()
			.forEach(breach -> handling.put(
					(String) engine.getRuntimeService().getVariable(breach.getId(), "breachId"), breach));
		assertThat(handling).containsOnlyKeys(first.toString(), second.toString(), falseNotification.toString());
		assertThat(engine.getRuntimeService().getVariables(monitoring.getId()))
			.as("each offence's id travels on its own path, not in a variable the next offence overwrites")
			.doesNotContainKey("breachId");

		// handled in another order than reported: each decision still reaches its own offence
		handleBreach(handling.get(second.toString()), "CR/2026/2");
		handleBreach(handling.get(falseNotification.toString()), "CR/2026/3");
		handleBreach(handling.get(first.toString()), "CR/2026/1");

		verify(breaches).decided(first, "CR/2026/1", "ARRESTED", "CHARGE");
		verify(breaches).decided(second, "CR/2026/2", "ARRESTED", "CHARGE");
		verify(breaches).decided(falseNotification, "CR/2026/3", "ARRESTED", "CHARGE");
		assertThat(calledBreachHandling(monitoring)).isNull();
		assertThat(monitoring).isWaitingAt("Event_ReviewDue");
	}

	@Test
	void aReviewWithoutASuspectedBreachStartsNoBreachHandling() {
		ProcessInstance monitoring = start(true);
		serve(monitoring, fullOrder(null));

		review(monitoring, "SPOKE_TO_VICTIM");

		assertThat(monitoring).hasNotPassed("Event_BreachSuspectedAtReview", "Task_RecordBreachReport")
			.isWaitingAt("Event_ReviewDue");
	}

	// ---- interim orders

	@Test
	void theMainApplicationsDecisionEndsTheMonitoringOfAnUnservedInterimOrder() {
		ProcessInstance monitoring = start(false);

		correlate("InterimOrderEnded", Map.of());

		assertThat(monitoring).hasPassed("Task_RecordInterimMonitoringEnded", "EndEvent_InterimMonitoringEnded")
			.isEnded();
		verify(orders).interimMonitoringEnded(caseId);
	}

	@Test
	void theMainApplicationsDecisionEndsTheMonitoringOfAServedInterimOrderWithOpenTasks() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, ProtectiveOrder.interim(caseId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));
		correlate("DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));

		correlate("InterimOrderEnded", Map.of());

		assertThat(monitoring).hasPassed("EndEvent_InterimMonitoringEnded").isEnded();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(monitoring.getId()).count())
			.isZero();
	}

	// ---- helpers

	private ProcessInstance start(boolean notificationAlreadyMade) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("orderMonitoring", REFERENCE,
					Map.of("caseId", caseId, "caseReference", REFERENCE, "caseUnit", "NORTH", "riskLevel",
							"MEDIUM", "orderId", orderId.toString(), "notificationAlreadyMade", notificationAlreadyMade));
	}

	private ProtectiveOrder fullOrder(LocalDate endsOn) {
		return ProtectiveOrder.full(caseId, LocalDate.of(2026, 3, 1), endsOn, null);
	}

	private void serve(ProcessInstance monitoring, ProtectiveOrder order) {
		when(orders.serve(any(), any(), any())).thenReturn(order);
		correlate("OrderServed", Map.of("servedAt", SERVED_AT));
		assertThat(monitoring).hasPassed("Task_AwaitOrderServed", "Task_RecordService");
	}

	private void correlate(String message, Map<String, Object> variables) {
		engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceBusinessKey(REFERENCE)
			.setVariables(variables)
			.correlate();
	}

	private void review(ProcessInstance monitoring, String victimContact) {
		fire(monitoring, "Event_ReviewDue");
		Task review = userTask(monitoring, "Task_ReviewOrder");
		assertThat(review).hasCandidateGroup("offender-managers").hasDueDate(Date.from(NOW.plusSeconds(14 * 86400)));
		complete(review, withVariables("victimContact", victimContact, "orderCompliance", "COMPLYING"));
		assertThat(monitoring).hasPassed("Task_RecordReview");
	}

	private void assertEscalatesAfterReview(ProcessInstance monitoring) {
		fire(monitoring, "Event_ReviewDue");
		assertEscalates(monitoring, "Task_ReviewOrder", "Review");
		complete(userTask(monitoring, "Task_ReviewOrder"),
				withVariables("victimContact", "SPOKE_TO_VICTIM", "orderCompliance", "COMPLYING"));
	}

	private void decideVariation(ProcessInstance monitoring, String applicant) {
		complete(userTask(monitoring, "Task_PrepareVariationApplication"), withVariables("variationApplicant",
				applicant, "variationLodgedOn", "2026-03-01", "variationTermsNecessary", true));
		assertThat(userTask(monitoring, "Task_RecordVariationOutcome")).hasCandidateGroup("offender-managers");
		assertEscalates(monitoring, "Task_RecordVariationOutcome", "VariationOutcome");
		complete(userTask(monitoring, "Task_RecordVariationOutcome"),
				withVariables("variationDecision", "GRANTED", "variationDecidedOn", "2026-03-01", "term1Kind",
						"PROHIBITION", "term1Wording", "Not to enter Hitchin town centre", "term1Necessity",
						"The defendant waited there for the victim"));
		assertThat(engine.getRuntimeService().getVariables(monitoring.getId())).doesNotContainKeys("term1Wording", "term1Necessity");
	}

	private void requestDischarge(ProcessInstance monitoring, String decision) {
		correlate("DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));
		assertThat(userTask(monitoring, "Task_PrepareDischargeApplication")).hasCandidateGroup("legal-advisers");
		assertEscalates(monitoring, "Task_PrepareDischargeApplication", "DischargeApplication");
		complete(userTask(monitoring, "Task_PrepareDischargeApplication"), withVariables("dischargeApplicant",
				"DEFENDANT", "dischargeLodgedOn", "2026-03-01", "victimViewsSought", true));
		assertEscalates(monitoring, "Task_RecordDischargeOutcome", "DischargeOutcome");
		complete(userTask(monitoring, "Task_RecordDischargeOutcome"),
				withVariables("dischargeDecision", decision, "dischargeDecidedOn", "2026-03-01"));
	}

	private ProcessInstance servedAndNotified() {
		ProcessInstance monitoring = start(false);
		serve(monitoring, fullOrder(null));
		correlate("NotificationReceived", Map.of("notifiedAt", "2026-03-03T14:30:00+00:00"));
		complete(userTask(monitoring, "Task_AcknowledgeNotification"), acknowledgement(NOTIFIED, "TAKEN", "TAKEN"));
		assertThat(monitoring).hasPassed("EndEvent_NotificationMade");
		return monitoring;
	}

	/** The acknowledgement form's answers: the details as typed, one name per line. */
	private static Map<String, Object> acknowledgement(NotifiedDetails details, String fingerprints,
			String photograph) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("notifiedNames", String.join("\n", details.names()));
		answers.put("notifiedAliases", String.join("\n", details.aliases()));
		answers.put("notifiedHomeAddress", details.homeAddress());
		answers.put("acknowledgedInWriting", true);
		answers.put("fingerprints", fingerprints);
		answers.put("photograph", photograph);
		return answers;
	}

	private static Map<String, Object> change(String changeNotified) {
		Map<String, Object> answers = acknowledgement(NEW_ADDRESS, "NOT_TAKEN", "TAKEN");
		answers.put("changeNotified", changeNotified);
		return answers;
	}

	private ProcessInstance calledBreachHandling(ProcessInstance monitoring) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(monitoring.getId())
			.singleResult();
	}

	private ProcessInstance reportBreach(ProcessInstance monitoring) {
		UUID breachId = UUID.randomUUID();
		when(breaches.reported(caseId, orderId, BreachSource.HOUSING, Instant.parse("2026-03-02T08:00:00Z")))
			.thenReturn(breachId);
		when(breaches.informCourtAndAdvocacy(caseId))
			.thenReturn(BreachHandlingFixtures.courtReferral(caseId));

		correlate("BreachReported", breachReport());

		assertThat(monitoring).hasPassed("Task_RecordBreachReport").isWaitingAt("CallActivity_HandleBreach");
		ProcessInstance breach = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(monitoring.getId())
			.singleResult();
		assertThat(breach).hasBusinessKey(REFERENCE)
			.variables()
			.containsEntry("breachId", breachId.toString())
			.containsEntry("orderId", orderId.toString())
			.containsEntry("caseUnit", "NORTH");
		return breach;
	}

	private void handleBreach(ProcessInstance breach, boolean variationNeeded) {
		handleBreach(breach, "CR/2026/88", variationNeeded);
	}

	private void handleBreach(ProcessInstance breach, String crimeReference) {
		handleBreach(breach, crimeReference, false);
	}

	private void handleBreach(ProcessInstance breach, String crimeReference, boolean variationNeeded) {
		complete(task(breach), withVariables("crimeReference", crimeReference, "breachRecordedAsCrime", true));
		complete(task(breach), withVariables("arrestDecision", "ARRESTED", "chargeDecision", "CHARGE"));
		ReferralSends.run(engine.getManagementService(), breach.getId());
		complete(task(breach), BreachHandlingFixtures.riskAnswers(variationNeeded, variationNeeded));
		BreachHandlingFixtures.followUpTheRisk(engine, breach);
		assertThat(breach).isEnded();
	}

	private static Map<String, Object> breachReport() {
		Map<String, Object> report = new HashMap<>();
		report.put("reportedBy", "HOUSING");
		report.put("breachOccurredAt", "2026-03-02T08:00:00Z");
		return report;
	}

	private void assertEscalates(ProcessInstance monitoring, String taskId, String stem) {
		fire(monitoring, "Event_" + stem + "Overdue");
		assertThat(monitoring).hasPassed("Task_Escalate" + stem, "EndEvent_" + stem + "Escalated").isWaitingAt(taskId);
		assertThat(userTask(monitoring, taskId)).hasCandidateGroup("supervisors");
	}

	private long openTasks(ProcessInstance monitoring, String taskId) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(monitoring.getId())
			.taskDefinitionKey(taskId)
			.count();
	}

	private Task userTask(ProcessInstance monitoring, String taskId) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(monitoring.getId())
			.taskDefinitionKey(taskId)
			.singleResult();
	}

	private Job timer(ProcessInstance instance, String timerId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(timerId)
			.singleResult();
	}

	private void assertDue(ProcessInstance instance, String timerId, Instant due) {
		assertThat(timer(instance, timerId).getDuedate()).isEqualTo(Date.from(due));
	}

	private void fire(ProcessInstance instance, String timerId) {
		engine.getManagementService().executeJob(timer(instance, timerId).getId());
	}

}
