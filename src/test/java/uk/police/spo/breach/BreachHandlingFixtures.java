package uk.police.spo.breach;

import uk.police.spo.support.ReferralSends;

import uk.police.spo.partners.ReferralPartner;

import uk.police.spo.partners.Referral;

import uk.police.spo.partners.RecordedConsent;

import uk.police.spo.partners.LegalBasis;

import java.util.List;

import java.time.Instant;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.test.mock.Mocks;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseRiskInProcesses;
import uk.police.spo.cases.CaseTaskLabel;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.tasks.TaskDeadlines;
import uk.police.spo.triage.CountScreeningAnswersDelegate;
import uk.police.spo.triage.RiskChecklist;
import uk.police.spo.triage.RiskReassessments;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What a process test needs of breachHandling, also when orderMonitoring calls it from another package. */
public final class BreachHandlingFixtures {

	private BreachHandlingFixtures() {
	}

	/** The MARAC referral {@code Task_QueueBreachMaracReferral} queues in these tests. */
	public static final String MARAC_REFERRAL_ID = "6f1c2a9e-0d4b-4b8e-9a57-3c1d2e4f5a60";

	/** The beans of breachHandling; the MARAC referral's queueing and the safeguarding plan's record are stand-ins. */
	public static ReferralSends register(BreachRecords breaches, CaseRecords records) {
		Mocks.register("riskChecklist", new RiskChecklist(3));
		Mocks.register("countScreeningAnswers", new CountScreeningAnswersDelegate());
		Mocks.register("queueMaracReferral",
				(JavaDelegate) execution -> execution.setVariable("maracReferralId", MARAC_REFERRAL_ID));
		Mocks.register("recordSafeguardingPlan", (JavaDelegate) execution -> records
			.record(ProcessVariables.caseId(execution), "SAFEGUARDING_PLANNED", "Safeguarding plan after a breach"));
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("deadlines", new TaskDeadlines());
		Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(records));
		Mocks.register("recordBreachDecisionsDelegate", new RecordBreachDecisionsDelegate(breaches));
		Mocks.register("informCourtAndAdvocacyDelegate", new InformCourtAndAdvocacyDelegate(breaches));
		Mocks.register("recordBreachRiskDelegate", new RecordBreachRiskDelegate(breaches, new CaseRiskInProcesses()));
		return ReferralSends.register();
	}

	/** What {@code Task_InformCourtAndAdvocacy} queues: the court's breach referral, for the case. */
	public static List<Referral> courtReferral(Object caseId) {
		return List.of(Referral.queue(UUID.fromString(String.valueOf(caseId)), ReferralPartner.COURT,
				BreachRecords.REFERRAL_PURPOSE, LegalBasis.COURT_APPLICATION, Instant.parse("2026-04-01T09:00:00Z")));
	}

	/** The real breach records, their rows kept in memory instead of a database. */
	public static BreachRecords keptInMemory(CaseRecords records, RiskReassessments reassessments, Clock clock) {
		Breaches breaches = mock(Breaches.class);
		Map<UUID, Breach> stored = new HashMap<>();
		when(breaches.save(any())).thenAnswer(call -> {
			Breach breach = call.getArgument(0);
			stored.put(breach.id(), breach);
			return breach;
		});
		when(breaches.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
		PartnerReferrals referrals = mock(PartnerReferrals.class);
		when(referrals.queue(any(), any(), any(), any())).thenAnswer(call -> Referral.queue(call.getArgument(0),
				call.getArgument(1), call.getArgument(2), call.getArgument(3), clock.instant()));
		return new BreachRecords(breaches, mock(NotificationDeadlines.class), referrals, mock(RecordedConsent.class),
				records,
				reassessments, clock);
	}

	/**
	 * After {@code Task_ReassessRisk}: sends a MARAC referral a HIGH score queued and plans the urgent safeguarding it
	 * asked for, so the breach's handling goes on to its end.
	 */
	public static void followUpTheRisk(ProcessEngine engine, ProcessInstance breach) {
		ReferralSends.run(engine.getManagementService(), breach.getId());
		Task safeguarding = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(breach.getId())
			.taskDefinitionKey("Task_PlanSafeguarding")
			.singleResult();
		if (safeguarding != null) {
			engine.getTaskService().complete(safeguarding.getId(), Map.of("urgentWelfareVisit", true));
		}
	}

	/** Answers to {@code Task_ReassessRisk}: four screening questions ticked, the threats among them when there were. */
	public static Map<String, Object> riskAnswers(boolean threatsOfViolence, boolean variationNeeded) {
		return Map.of("yesAnswers", 9, "dashStalkingQuestion", "YES", "victimVeryFrightened", true, "followedVictim", true,
				"turnedUpUnannounced", true, "damagedProperty", !threatsOfViolence, "threatsOfViolence",
				threatsOfViolence, "professionalJudgementHigh", false, "incidentCount", 6, "variationNeeded",
				variationNeeded);
	}

}
