package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.orders.TermKind;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.TestCases;

/**
 * Every user task of every process, found from the BPMN files, is opened on a real case and its deployed Camunda Form
 * is submitted through engine REST {@code submit-form} with valid values, as Tasklist does, by a demo user of the
 * task's group. The end-to-end test works the forms on one path; this one reaches the rest (appeal, failure to
 * notify, renewal, variation, prosecutors, retention ...).
 */
class EveryFormSubmissionTests extends MySqlCompatibleTest {

	/**
	 * Values a valid submission needs beyond the form's required fields (which {@link TaskWorker} fills), because the
	 * server checks rules across fields.
	 */
	static final Map<String, Map<String, Object>> VALUES = Map.ofEntries(
			Map.entry("Task_ClassifyConduct",
					Map.of("stalkingQuestion", "YES",
							"fixated", "YES", "obsessive", "YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 3L,
							"classification", "STALKING_8Q", "conductCrimeReference", "41/12345/26", "otherOffence", "NONE")),
			Map.entry("Task_ScreenRisk", Map.of("dashStalkingQuestion", "NO", "yesAnswers", 5L)),
			Map.entry("Task_DraftOrderTerms",
					Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the person protected",
							"term1Necessity", "Contact was the core of the conduct", "interimWanted", false,
							"orderDuration", "UNTIL_FURTHER_ORDER")),
			Map.entry("Task_DecideToApply",
					Map.of("actsAssociatedWithStalking", true, "riskAssociatedWithStalking", true, "orderNecessary", true,
							"apply", true, "defendantAgedTenOrOver", true, "defendantAreaCondition", "LIVES_IN_AREA",
							"defendantUnder18", false)),
			Map.entry("Task_DecideOnAppeal", Map.of("appeal", true)),
			Map.entry("Task_ReviewApplication", Map.of("reviewDecision", "APPROVE")),
			Map.entry("Task_PlanSafeguarding", Map.of("wantsAdvocacy", true, "housingNeed", true)),
			Map.entry("Task_PlanInvestigation", Map.of("enquiryVictimStatement", true)),
			Map.entry("Task_RecordRenewalOutcome", Map.of("renewedUntilFurtherOrder", true)),
			Map.entry("Task_ReviewRetention", Map.of("retainForYears", 2L)),
			Map.entry("Task_LogEvidence", Map.of("evidenceItemsLogged", 0L)),
			Map.entry("Task_ConsiderSearch", Map.of("searchConducted", true)),
			Map.entry("Task_ArrestSuspect", Map.of("suspectArrested", true)),
			Map.entry("Task_InterviewSuspect", Map.of("suspectInterviewed", true, "interviewType", "UNDER_ARREST",
					"bailDecision", "BAIL_WITH_CONDITIONS")),
			Map.entry("Task_UpdateVictimOfArrest", Map.of("victimUpdated", true)),
			Map.entry("Task_UpdateVictimOfBail", Map.of("victimUpdated", true)),
			Map.entry("Task_UpdateVictimOfDecision", Map.of("victimUpdated", true)),
			Map.entry("Task_RecordBreachAsOffence", Map.of("crimeReference", "CR-2026-0042")),
			Map.entry("Task_ReassessRisk", Map.of("dashStalkingQuestion", "YES", "yesAnswers", 6L, "followedVictim", true,
					"turnedUpUnannounced", true, "incidentCount", 3L, "variationNeeded", false)),
			// a task of the same name in another process, with a form or a rule of its own there
			Map.entry("incidentReassessment/Task_ReassessRisk",
					Map.of("dashStalkingQuestion", "NOT_KNOWN", "yesAnswers", 5L, "followedVictim", true)),
			Map.entry("breachHandling/Task_PlanSafeguarding", Map.of("urgentWelfareVisit", true)),
			Map.entry("incidentReassessment/Task_PlanSafeguarding", Map.of("urgentAddressMarker", true)),
			Map.entry("Task_RecordClosure", Map.of("closureOutcome", "CHARGED", "closureNote", "Charged")),
			Map.entry("Task_InformVictimOfClosure", Map.of("victimInformed", true, "victimUpdateMethod", "PHONE")));

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> userTasks() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream().flatMap(file -> {
				var model = Bpmn.readModelFromFile(file.toFile());
				String key = model.getModelElementsByType(Process.class).iterator().next().getId();
				return model.getModelElementsByType(UserTask.class)
					.stream()
					.map(task -> Arguments.of(key, task.getId(), task.getCamundaFormRef()));
			}).toList().stream();
		}
	}

	@Test
	void everyFormIsUsedByAUserTask() throws IOException {
		List<String> used = userTasks().map(arguments -> (String) arguments.get()[2]).toList();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			assertThat(forms.map(form -> form.getFileName().toString().replace(".form", ""))).allMatch(used::contains);
		}
	}

	@Test
	void aPurgeAskedForBeforeTheRetentionReviewDateIsRefusedWithTheDateAndTheReviewStaysOpen() {
		String ref = TestReports.report(http, "203.0.113.122", "Hitchin SG5 1AB");
		open(ref, "stalkingCase", "Task_ReviewRetention");
		String taskId = new TaskWorker(http, tasks).open(ref, "Task_ReviewRetention").getId();
		LocalDate reviewOn = jdbc.queryForObject("select retention_review_on from case_file where reference = ?",
				java.sql.Date.class, ref).toLocalDate();

		ResponseEntity<Map> answer = http.withBasicAuth("supervisor", "demo")
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
					Map.of("variables", Map.of("retentionDecision", Map.of("value", "PURGE", "type", "String"),
							"retentionReason", Map.of("value", "Criteria met", "type", "String"))),
					Map.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).containsEntry("message", "Decision: the case may be purged from "
				+ java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(reviewOn)
				+ ", its retention review date; choose Retain until then");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("review still open").isOne();
	}

	@ParameterizedTest(name = "{0} {1} ({2})")
	@MethodSource("userTasks")
	void theFormCanBeSubmittedAsTasklistDoes(String processKey, String taskKey, String formId) {
		String ref = TestReports.report(http, "203.0.113.121", "Hitchin SG5 1AB");
		open(ref, processKey, taskKey);
		TaskWorker worker = new TaskWorker(http, tasks);
		String taskId = worker.open(ref, taskKey).getId();

		worker.complete(ref, taskKey,
				VALUES.getOrDefault(processKey + "/" + taskKey, VALUES.getOrDefault(taskKey, Map.of())));

		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as(taskKey + " still open").isZero();
		assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getDeleteReason())
			.isEqualTo("completed");
	}

	/**
	 * Brings the case to the point where {@code taskKey} is open, as the process gets there: earlier tasks worked
	 * through their forms, messages sent through the case API, due timers fired. A task whose way in is a timer or a
	 * message on another path is reached by moving the instance to it.
	 */
	private void open(String ref, String processKey, String taskKey) {
		TaskWorker worker = new TaskWorker(http, tasks);
		switch (processKey) {
			case "stalkingCase" -> {
				String caseProcess = instance(ref, "stalkingCase");
				if (taskKey.equals("Task_RespondToImmediateDanger")) {
					jump(caseProcess, taskKey);
					return;
				}
				jump(caseProcess, "Task_RecordClosure");
				work(ref, taskKey, worker, "Task_RecordClosure", "Task_InformVictimOfClosure");
				if (taskKey.equals("Task_ReviewRetention")) {
					fireTimer(caseProcess);
				}
			}
			case "caseTriage" -> work(ref, taskKey, worker, "Task_ConfirmDetails", "Task_ClassifyConduct",
					"Task_ScreenRisk", "Task_PlanSafeguarding");
			case "caseInvestigation" -> {
				String investigation = start(ref, "caseInvestigation", Map.of("classification", "STALKING_8Q"));
				switch (taskKey) {
					case "Task_RecordProsecutorsDecision" -> {
						jump(investigation, "Task_DecideCharge");
						worker.complete(ref, "Task_DecideCharge", Map.of("chargeDecision", "REFER_TO_PROSECUTORS"));
					}
					case "Task_UpdateVictimOfDecision" -> {
						jump(investigation, "Task_DecideCharge");
						worker.complete(ref, "Task_DecideCharge", Map.of("chargeDecision", "CHARGE"));
					}
					case "Task_PlanInvestigation" -> { }
					default -> jump(investigation, taskKey);
				}
			}
			case "spoApplication" -> {
				start(ref, "spoApplication", Map.of());
				work(ref, taskKey, worker, "Task_DecideToApply", "Task_DraftOrderTerms", "Task_ReviewApplication");
				if (taskKey.equals("Task_DecideOnAppeal")) {
					message(ref, "CourtHearingListed", Map.of("hearingOn", LocalDate.now(LONDON).plusDays(7).toString(),
							"hearingKind", "FULL"));
					message(ref, "CourtOutcomeReceived", Map.of("courtOutcome", "REFUSED"));
				}
			}
			case "orderMonitoring" -> {
				String monitoring = start(ref, "orderMonitoring",
						Map.of("orderId", fullOrder(ref).toString(), "notificationAlreadyMade", false));
				message(ref, "OrderServed", Map.of("servedAt", hoursAgo(2)));
				switch (taskKey) {
					case "Task_AcknowledgeNotification" -> message(ref, "NotificationReceived", Map.of("notifiedAt", hoursAgo(1)));
					case "Task_AcknowledgeChangeNotification" -> {
						message(ref, "NotificationReceived", Map.of("notifiedAt", hoursAgo(1)));
						worker.complete(ref, "Task_AcknowledgeNotification", Map.of());
						message(ref, "ChangeNotificationReceived", Map.of("changedOn",
								LocalDate.now(LONDON).minusDays(1).toString(), "notifiedAt", hoursAgo(1)));
					}
					case "Task_PrepareVariationApplication", "Task_RecordVariationOutcome" -> {
						message(ref, "VariationRequested", Map.of("variationApplicant", "POLICE"));
						work(ref, taskKey, worker, "Task_PrepareVariationApplication");
					}
					case "Task_PrepareDischargeApplication", "Task_RecordDischargeOutcome" -> {
						message(ref, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));
						work(ref, taskKey, worker, "Task_PrepareDischargeApplication");
					}
					case "Task_RecordRenewalOutcome" -> {
						jump(monitoring, "Task_ConsiderRenewal");
						worker.complete(ref, "Task_ConsiderRenewal", Map.of("renewalApplication", "APPLY"));
					}
					default -> jump(monitoring, taskKey);
				}
			}
			case "breachHandling" -> {
				start(ref, "orderMonitoring", Map.of("orderId", fullOrder(ref).toString(), "notificationAlreadyMade", true));
				message(ref, "OrderServed", Map.of("servedAt", hoursAgo(2)));
				message(ref, "BreachReported", Map.of("reportedBy", "OFFICER", "breachOccurredAt", hoursAgo(1)));
				work(ref, taskKey, worker, "Task_RecordBreachAsOffence", "Task_DecideArrestAndCharge");
				if (taskKey.equals("Task_PlanSafeguarding")) {
					// 15 DASH yes answers: high risk, which brings urgent safeguarding
					worker.complete(ref, "Task_ReassessRisk",
							Map.of("dashStalkingQuestion", "YES", "yesAnswers", 15L, "incidentCount", 3L,
									"variationNeeded", false));
					PartnerServers.deliverReferrals(runtime, management, ref);
				}
			}
			case "incidentReassessment" -> {
				jdbc.update("update case_file set risk_level = 'MEDIUM' where reference = ?", ref);
				assertThat(http.withBasicAuth("investigator", "demo")
					.postForEntity("/api/cases/" + ref + "/incidents", TestCases.json(Map.of("behaviour", "LOITERING")),
							Map.class)
					.getStatusCode()
					.value()).isEqualTo(201);
				if (taskKey.equals("Task_PlanSafeguarding")) {
					worker.complete(ref, "Task_ReassessRisk", Map.of("dashStalkingQuestion", "YES", "yesAnswers", 15L));
					PartnerServers.deliverReferrals(runtime, management, ref);
				}
			}
			default -> fail("no route to the tasks of " + processKey);
		}
	}

	/**
	 * Works the given tasks in order through their forms, and sends the referrals each queues, stopping when
	 * {@code target} is the next one.
	 */
	private void work(String ref, String target, TaskWorker worker, String... before) {
		for (String step : before) {
			if (step.equals(target)) {
				return;
			}
			worker.complete(ref, step, VALUES.getOrDefault(step, Map.of()));
			// the referrals a step queues are sent by the next, asynchronous step (the job executor is off here)
			PartnerServers.deliverReferrals(runtime, management, ref);
		}
	}

	private void fireTimer(String processInstanceId) {
		var timers = management.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate().asc().list();
		assertThat(timers).as("timers").isNotEmpty();
		management.executeJob(timers.get(0).getId());
	}

	/** Starts a called process as its caller would, with the variables every process carries. */
	private String start(String ref, String processKey, Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>(runtime.getVariables(instance(ref, "stalkingCase"),
				List.of("caseId", "caseReference", "caseUnit")));
		variables.put("riskLevel", "MEDIUM");
		variables.putAll(extra);
		return runtime.startProcessInstanceByKey(processKey, ref, variables).getId();
	}

	/** Moves a running instance to just before {@code taskKey}, cancelling whatever it was doing. */
	private void jump(String processInstanceId, String taskKey) {
		ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
		// a new instance of the task's scopes, under the process instance itself, then the old ones cancelled
		ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
			.startBeforeActivity(taskKey, tree.getId());
		for (ActivityInstance child : tree.getChildActivityInstances()) {
			modification.cancelActivityInstance(child.getId());
		}
		modification.execute();
	}

	private String instance(String ref, String processKey) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(ref)
			.processDefinitionKey(processKey)
			.singleResult();
		assertThat(instance).as(processKey + " of " + ref).isNotNull();
		return instance.getId();
	}

	private UUID fullOrder(String ref) {
		UUID caseId = UUID.fromString(jdbc.queryForObject("select id from case_file where reference = ?", String.class, ref));
		LocalDate today = LocalDate.now(LONDON);
		ProtectiveOrder order = ProtectiveOrder.full(caseId, today, today.plusYears(2), null);
		order.addTerm(TermKind.PROHIBITION, "Not to contact the person protected", "Contact was the core of the conduct");
		return orders.save(order).id();
	}

	private static String hoursAgo(int hours) {
		return Instant.now().minusSeconds(hours * 3600L).toString();
	}

	/** A message as the case API takes it, once the documents' steps waiting before it have run. */
	private void message(String ref, String name, Map<String, Object> variables) {
		DocumentJobs.run(runtime, management, ref);
		var answer = http.withBasicAuth("investigator", "demo")
			.postForEntity("/api/cases/" + ref + "/messages/" + name, TestReports.json(variables), Map.class);
		assertThat(answer.getStatusCode().value()).as(name + ": " + answer.getBody()).isEqualTo(202);
	}

}
