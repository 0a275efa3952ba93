package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;
import uk.police.spo.support.TestCases;

/**
 * Each process step that needs a document produces it as its own job: the process waits at the step until the job
 * runs, then the case has the document (its row, its text) and a timeline entry saying so.
 */
class DocumentStepsTests extends MySqlCompatibleTest {

	static final String DEFENDANT = "Quentin Docstepsdefendant";

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	CaseDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theApplicationIsProducedWhenLodgedAndTheInterimOrderWhenMade() {
		String reference = reported();
		startApplication(reference);
		lodged(reference);

		assertWaitsForItsDocument(reference, "Task_ProduceSpoApplication");
		assertProduced(reference, DocumentType.SPO_APPLICATION, "Application for a Stalking Protection Order",
				"Repeated following and messages", "Not to contact the protected person", "following on 3 February 2026",
				"The defendant resides in the applicant's police area.");
		assertThat(latestText(reference, DocumentType.SPO_APPLICATION)).as("no court area the case does not hold")
			.contains("To: Magistrates' court").doesNotContain("local justice area");
		// the application, once produced, is sent to the court before the court can list a hearing
		PartnerServers.deliverReferrals(runtime, management, reference);

		correlate(reference, "CourtHearingListed", Map.of("hearingKind", "INTERIM", "hearingOn", TODAY));
		correlate(reference, "CourtOutcomeReceived",
				Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", LocalDate.parse(TODAY).plusDays(60).toString()));

		assertWaitsForItsDocument(reference, "Task_ProduceInterimOrder");
		assertProduced(reference, DocumentType.INTERIM_SPO, "Interim Stalking Protection Order",
				"Not to contact the protected person");
	}

	@Test
	void theFullOrderIsProducedWhenMade() {
		String reference = reported();
		startApplication(reference);
		lodged(reference);
		DocumentJobs.run(runtime, management, reference);
		PartnerServers.deliverReferrals(runtime, management, reference);

		correlate(reference, "CourtHearingListed", Map.of("hearingKind", "FULL", "hearingOn", TODAY));
		correlate(reference, "CourtOutcomeReceived", Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true));

		assertWaitsForItsDocument(reference, "Task_ProduceFullOrder");
		assertProduced(reference, DocumentType.FULL_SPO, "Stalking Protection Order", "until further order",
				"Attend a perpetrator programme");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
			.processDefinitionKey("spoApplication").count()).isZero();
	}

	@Test
	void serviceNotificationVariationRenewalAndDischargeEachProduceTheirDocument() {
		String reference = reported();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);

		correlate(reference, "OrderServed", Map.of("servedAt", TODAY + "T09:00:00Z"));
		assertWaitsForItsDocument(reference, "Task_ProduceNotificationNotice");
		assertProduced(reference, DocumentType.NOTIFICATION_NOTICE, "Notice of notification requirements",
				"Hertfordshire Constabulary");

		correlate(reference, "NotificationReceived", Map.of("notifiedAt", TODAY + "T10:00:00Z"));
		tasks.complete(task(reference, "Task_AcknowledgeNotification"), Map.of("acknowledgedInWriting", true,
				"notifiedNames", DEFENDANT + "\nQ Docsteps", "notifiedAliases", "Quin the Younger",
				"notifiedHomeAddress", "11 Notified Row, Baldock SG7 5AA", "fingerprints", "TAKEN", "photograph",
				"REFUSED"));
		assertWaitsForItsDocument(reference, "Task_ProduceNotificationAcknowledgement");
		assertProduced(reference, DocumentType.NOTIFICATION_ACKNOWLEDGEMENT, "Acknowledgement of notification",
				"following the service of a Stalking Protection Order", "You notified the following",
				"Names: " + DEFENDANT + "; Q Docsteps", "Other names (aliases): Quin the Younger",
				"Home address: 11 Notified Row, Baldock SG7 5AA", "Fingerprints taken: Yes", "Photograph taken: No");
		assertThat(latestText(reference, DocumentType.NOTIFICATION_ACKNOWLEDGEMENT))
			.as("no station the case does not hold").doesNotContain(" at ,");

		correlate(reference, "ChangeNotificationReceived",
				Map.of("changedOn", TODAY, "notifiedAt", TODAY + "T11:00:00Z"));
		tasks.complete(task(reference, "Task_AcknowledgeChangeNotification"), Map.of("acknowledgedInWriting", true,
				"changeNotified", "HOME_ADDRESS", "notifiedNames", DEFENDANT, "notifiedHomeAddress",
				"2 Moved Lane, Royston SG8 7AB", "fingerprints", "NOT_TAKEN", "photograph", "TAKEN"));
		assertWaitsForItsDocument(reference, "Task_ProduceChangeAcknowledgement");
		StoredDocument changeAcknowledged = assertProduced(reference, DocumentType.NOTIFICATION_ACKNOWLEDGEMENT,
				"following a change of home address", "Home address: 2 Moved Lane, Royston SG8 7AB",
				"Fingerprints taken: No", "Photograph taken: Yes");
		assertThat(changeAcknowledged.version()).as("the first acknowledgement is kept").isEqualTo(2);
		assertThat(latestText(reference, DocumentType.NOTIFICATION_ACKNOWLEDGEMENT)).doesNotContain("11 Notified Row",
				"Other names");

		correlate(reference, "VariationRequested", Map.of("variationApplicant", "POLICE"));
		tasks.complete(task(reference, "Task_PrepareVariationApplication"), Map.of("variationApplicant", "POLICE",
				"variationLodgedOn", TODAY, "variationTermsNecessary", true));
		tasks.complete(task(reference, "Task_RecordVariationOutcome"), Map.of("variationDecision", "GRANTED",
				"variationDecidedOn", TODAY, "term1Kind", "PROHIBITION", "term1Wording",
				"Not to enter Hitchin town centre", "term1Necessity", "The defendant waited there for the victim"));
		assertWaitsForItsDocument(reference, "Task_ProduceVariationOrder");
		assertProduced(reference, DocumentType.ORDER_CHANGE, "Not to enter Hitchin town centre");

		// renewal is considered two months before a fixed end; this order has none, so the test starts that task itself
		startInOrderInForce(monitoring(reference), "Task_ConsiderRenewal");
		tasks.complete(task(reference, "Task_ConsiderRenewal"), Map.of("renewalApplication", "APPLY"));
		tasks.complete(task(reference, "Task_RecordRenewalOutcome"), Map.of("renewalDecision", "GRANTED",
				"renewalDecidedOn", TODAY, "renewedUntilFurtherOrder", true));
		assertWaitsForItsDocument(reference, "Task_ProduceRenewalOrder");
		assertThat(assertProduced(reference, DocumentType.ORDER_CHANGE, "renews the Stalking Protection Order").version())
			.isEqualTo(2);

		correlate(reference, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));
		tasks.complete(task(reference, "Task_PrepareDischargeApplication"), Map.of("dischargeApplicant", "DEFENDANT",
				"dischargeLodgedOn", TODAY, "victimViewsSought", true));
		tasks.complete(task(reference, "Task_RecordDischargeOutcome"),
				Map.of("dischargeDecision", "GRANTED", "dischargeDecidedOn", TODAY));
		assertWaitsForItsDocument(reference, "Task_ProduceDischargeOrder");
		StoredDocument discharge = assertProduced(reference, DocumentType.ORDER_CHANGE,
				"Order discharging a Stalking Protection Order");
		assertThat(discharge.version()).isEqualTo(3);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
			.processDefinitionKey("orderMonitoring").count())
			.as("the discharge ended the monitoring once its document was produced").isZero();
	}

	@Test
	void aCaseWithoutTheDefendantsNameLeavesTheStepWaitingAsAFailedJobAndProducesNothing() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		correlate(reference, "OrderServed", Map.of("servedAt", TODAY + "T09:00:00Z"));

		assertThatThrownBy(() -> DocumentJobs.run(runtime, management, reference))
			.hasStackTraceContaining("the case holds no name for the defendant");

		assertWaitsForItsDocument(reference, "Task_ProduceNotificationNotice");
		assertThat(documents.list(caseId(reference))).isEmpty();
	}

	private String reported() {
		String body = """
				{"reporterType":"VICTIM","victim":{"name":"Robin Docstepsvictim","address":"9 Wymondley Road, Hitchin SG4 9PB",
				 "phone":"07700 900981","email":"robin.docsteps@example.org","safeContact":{"method":"PHONE"}},
				 "suspect":{"name":"%s","dateOfBirth":"1988-04-12"},"relationship":"EX_PARTNER",
				 "incidents":[{"occurredOn":"2026-02-03","behaviour":"FOLLOWING","description":"followed to work"}]}"""
			.formatted(DEFENDANT);
		return (String) http.postForEntity("/api/reports", TestCases.json(body), Map.class).getBody().get("reference");
	}

	private void startApplication(String reference) {
		String caseId = caseId(reference).toString();
		runtime.startProcessInstanceByKey("spoApplication", reference,
				Map.of("caseId", caseId, "caseReference", reference, "caseUnit", "NORTH", "riskLevel", "HIGH"));
	}

	private void lodged(String reference) {
		tasks.complete(task(reference, "Task_DecideToApply"), Map.of("actsAssociatedWithStalking", true,
				"actsReasoning", "Repeated following and messages", "riskAssociatedWithStalking", true,
				"riskReasoning", "Escalating contact", "orderNecessary", true, "necessityReasoning",
				"Other measures have failed", "defendantAgedTenOrOver", true, "defendantAreaCondition", "LIVES_IN_AREA",
				"defendantUnder18", false, "apply", true));
		tasks.complete(task(reference, "Task_DraftOrderTerms"), Map.of("term1Kind", "PROHIBITION", "term1Wording",
				"Not to contact the protected person", "term1Necessity", "Contact is the core of the stalking",
				"term2Kind", "REQUIREMENT", "term2Wording", "Attend a perpetrator programme", "term2Necessity",
				"Addresses the fixation", "interimWanted", true, "orderDuration", "UNTIL_FURTHER_ORDER"));
		tasks.complete(task(reference, "Task_ReviewApplication"), Map.of("reviewDecision", "APPROVE"));
	}

	private void assertWaitsForItsDocument(String reference, String step) {
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).activityIdIn(step).count())
			.as("a process of the case waits at " + step).isEqualTo(1);
	}

	/** Runs the waiting document job; the newest document of the type must then state the values given. */
	private StoredDocument assertProduced(String reference, DocumentType type, String... stated) {
		UUID caseId = caseId(reference);
		List<String> run = DocumentJobs.run(runtime, management, reference);
		assertThat(run).hasSize(1);
		DocumentFile file = documents.latest(caseId, type).orElseThrow();
		String text = PdfText.of(file.content());
		assertThat(text).contains(reference, DEFENDANT).contains(stated).doesNotContain("Docstepsvictim",
				"Wymondley", "07700 900981", "robin.docsteps@example.org");
		assertThat(jdbc.queryForList("select summary from case_timeline_entry where case_id = ? and kind = ?",
				String.class, caseId.toString(), "DOCUMENT_PRODUCED"))
			.contains("Document produced: " + type + " v" + file.document().version());
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).activityIdIn(run.get(0))
			.count()).as("the process has gone on from " + run.get(0)).isZero();
		return file.document();
	}

	private String monitoring(String reference) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
			.processDefinitionKey("orderMonitoring").singleResult().getId();
	}

	/** Starts {@code activity} inside the order in force, as if its timer had fired; the rest goes on waiting. */
	private void startInOrderInForce(String processInstanceId, String activity) {
		ActivityInstance orderInForce = runtime.getActivityInstance(processInstanceId)
			.getActivityInstances("SubProcess_OrderInForce")[0];
		runtime.createProcessInstanceModification(processInstanceId)
			.startBeforeActivity(activity, orderInForce.getId())
			.execute();
	}

	private String latestText(String reference, DocumentType type) {
		return PdfText.of(documents.latest(caseId(reference), type).orElseThrow().content());
	}

	private void correlate(String reference, String message, Map<String, Object> variables) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference).setVariables(variables)
			.correlate();
	}

	private String task(String reference, String key) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult().getId();
	}

	private UUID caseId(String reference) {
		return UUID.fromString(
				jdbc.queryForObject("select id from case_file where reference = ?", String.class, reference));
	}

}
