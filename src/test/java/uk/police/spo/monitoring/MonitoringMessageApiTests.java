package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.OrderStatus;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;

/**
 * Monitoring's messages through {@code /api/cases/{reference}/messages/{name}}: one the order is not waiting for, before
 * it is served or after it has ended, or a second variation or discharge while one is before the court, is refused with
 * 409 and a message saying so, and changes nothing.
 */
class MonitoringMessageApiTests extends MySqlCompatibleTest {

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDischargeRequestedBeforeTheOrderIsServedIsRefusedWith409() {
		String reference = report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		int timeline = timelineCount(reference);

		ResponseEntity<Map> discharge = officer(reference, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT"));

		assertRefused(discharge, reference, "DischargeRequested");
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(openTasks(reference, "Task_PrepareDischargeApplication")).isZero();
	}

	@Test
	void noVariationOrDischargeIsTakenOnceTheOrderHasBeenDischarged() {
		String reference = report();
		UUID orderId = OrderUnderMonitoring.start(runtime, cases, orders, reference);
		assertThat(officer(reference, "OrderServed", Map.of("servedAt", anHourAgo())).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		assertThat(officer(reference, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT")).getStatusCode()
			.value()).isEqualTo(202);
		tasks.complete(task(reference, "Task_PrepareDischargeApplication").getId(), Map.of("dischargeApplicant",
				"DEFENDANT", "dischargeLodgedOn", TODAY, "victimViewsSought", true));
		tasks.complete(task(reference, "Task_RecordDischargeOutcome").getId(),
				Map.of("dischargeDecision", "GRANTED", "dischargeDecidedOn", TODAY));
		DocumentJobs.run(runtime, management, reference);
		assertThat(orders.findById(orderId).orElseThrow().status()).isEqualTo(OrderStatus.ENDED);
		int timeline = timelineCount(reference);

		ResponseEntity<Map> variation = officer(reference, "VariationRequested", Map.of("variationApplicant", "POLICE"));
		ResponseEntity<Map> discharge = officer(reference, "DischargeRequested", Map.of("dischargeApplicant", "POLICE"));

		assertRefused(variation, reference, "VariationRequested");
		assertRefused(discharge, reference, "DischargeRequested");
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(openTasks(reference, "Task_PrepareVariationApplication")).isZero();
		assertThat(openTasks(reference, "Task_PrepareDischargeApplication")).isZero();
	}

	@Test
	void aSecondVariationOrDischargeWhileOneIsBeforeTheCourtIsRefusedWith409() {
		String reference = report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		assertThat(officer(reference, "OrderServed", Map.of("servedAt", anHourAgo())).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		assertThat(officer(reference, "VariationRequested", Map.of("variationApplicant", "POLICE")).getStatusCode()
			.value()).isEqualTo(202);
		assertThat(officer(reference, "DischargeRequested", Map.of("dischargeApplicant", "DEFENDANT")).getStatusCode()
			.value()).as("a discharge may supersede a pending variation").isEqualTo(202);
		int timeline = timelineCount(reference);

		ResponseEntity<Map> variation = officer(reference, "VariationRequested", Map.of("variationApplicant", "DEFENDANT"));
		ResponseEntity<Map> discharge = officer(reference, "DischargeRequested", Map.of("dischargeApplicant", "POLICE"));

		assertAlreadyBeforeTheCourt(variation, reference, "VariationRequested", "variation");
		assertAlreadyBeforeTheCourt(discharge, reference, "DischargeRequested", "discharge");
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(openTasks(reference, "Task_PrepareVariationApplication")).isEqualTo(1);
		assertThat(openTasks(reference, "Task_PrepareDischargeApplication")).isEqualTo(1);
	}

	@Test
	void aChangeOrAFalseNotificationBeforeTheFirstNotificationIsRefusedWith409AndABadChangeDayWith400() {
		String reference = report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		assertThat(officer(reference, "OrderServed", Map.of("servedAt", anHourAgo())).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		int timeline = timelineCount(reference);

		ResponseEntity<Map> change = officer(reference, "ChangeNotificationReceived",
				Map.of("changedOn", LocalDate.parse(TODAY).minusDays(1).toString(), "notifiedAt", anHourAgo()));
		ResponseEntity<Map> foundFalse = officer(reference, "NotificationFoundFalse", Map.of());

		for (ResponseEntity<Map> refused : java.util.List.of(change, foundFalse)) {
			assertThat(refused.getStatusCode().value()).isEqualTo(409);
			assertThat((String) refused.getBody().get("detail")).contains(reference)
				.contains("the defendant has not yet made the first notification after service");
		}
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(openTasks(reference, "Task_AcknowledgeChangeNotification")).isZero();

		assertThat(officer(reference, "NotificationReceived", Map.of("notifiedAt", anHourAgo())).getStatusCode().value())
			.isEqualTo(202);
		tasks.complete(task(reference, "Task_AcknowledgeNotification").getId(), Map.of("acknowledgedInWriting", true,
				"notifiedNames", "Alex Monitoredsuspect", "notifiedHomeAddress", "5 Notified Way, SG1 2BB",
				"fingerprints", "TAKEN", "photograph", "TAKEN"));

		ResponseEntity<Map> afterNotified = officer(reference, "ChangeNotificationReceived",
				Map.of("changedOn", LocalDate.parse(TODAY).plusDays(1).toString(), "notifiedAt", anHourAgo()));
		assertThat(afterNotified.getStatusCode().value()).isEqualTo(400);
		assertThat(afterNotified.getBody().toString()).contains("changedOn");
		assertThat(officer(reference, "ChangeNotificationReceived", Map.of("changedOn", "2026-13-01", "notifiedAt",
				anHourAgo())).getStatusCode().value()).isEqualTo(400);
		assertThat(openTasks(reference, "Task_AcknowledgeChangeNotification")).isZero();

		assertThat(officer(reference, "ChangeNotificationReceived", Map.of("changedOn", TODAY, "notifiedAt",
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).getStatusCode().value()).isEqualTo(202);
		assertThat(openTasks(reference, "Task_AcknowledgeChangeNotification")).isOne();
		ResponseEntity<Map> second = officer(reference, "ChangeNotificationReceived", Map.of("changedOn", TODAY,
				"notifiedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
		assertThat(second.getStatusCode().value()).isEqualTo(409);
		assertThat((String) second.getBody().get("detail")).contains("not yet acknowledged");
		assertThat(openTasks(reference, "Task_AcknowledgeChangeNotification")).isOne();
	}

	@Test
	void aFalseNotificationNamesTheDayOfTheNotificationOnceTheCaseHasSeveralAndAWrongDayIsRefusedWith400() {
		String reference = report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		Instant servedAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Instant firstAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		assertThat(officer(reference, "OrderServed", Map.of("servedAt", servedAt.toString())).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		assertThat(officer(reference, "NotificationReceived", Map.of("notifiedAt", firstAt.toString()))
			.getStatusCode()
			.value()).isEqualTo(202);
		tasks.complete(task(reference, "Task_AcknowledgeNotification").getId(), Map.of("acknowledgedInWriting", true,
				"notifiedNames", "Alex Monitoredsuspect", "notifiedHomeAddress", "5 Notified Way, SG1 2BB",
				"fingerprints", "TAKEN", "photograph", "TAKEN"));
		assertThat(officer(reference, "ChangeNotificationReceived", Map.of("changedOn", TODAY, "notifiedAt",
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).getStatusCode().value()).isEqualTo(202);
		tasks.complete(task(reference, "Task_AcknowledgeChangeNotification").getId(), Map.of("acknowledgedInWriting",
				true, "notifiedNames", "Alex Monitoredsuspect", "notifiedHomeAddress", "6 New Way, SG1 2CC",
				"fingerprints", "NOT_TAKEN", "photograph", "NOT_TAKEN", "changeNotified", "HOME_ADDRESS"));
		String firstDay = LocalDate.ofInstant(firstAt, ZoneId.of("Europe/London")).toString();

		ResponseEntity<Map> unnamed = officer(reference, "NotificationFoundFalse", Map.of());
		ResponseEntity<Map> noneThatDay = officer(reference, "NotificationFoundFalse",
				Map.of("notificationMadeOn", LocalDate.parse(firstDay).minusDays(1).toString()));
		ResponseEntity<Map> notADay = officer(reference, "NotificationFoundFalse", Map.of("notificationMadeOn", "soon"));

		assertThat(unnamed.getStatusCode().value()).isEqualTo(400);
		assertThat(unnamed.getBody().toString()).contains("field=notificationMadeOn", "the case has 2 notifications");
		assertThat(noneThatDay.getStatusCode().value()).isEqualTo(400);
		assertThat(noneThatDay.getBody().toString()).contains("field=notificationMadeOn",
				"the case has no notification made on");
		assertThat(notADay.getStatusCode().value()).isEqualTo(400);
		assertThat(jdbc.queryForList("select b.kind from order_breach b join case_file c on c.id = b.case_id"
				+ " where c.reference = ?", String.class, reference)).isEmpty();

		assertThat(officer(reference, "NotificationFoundFalse", Map.of("notificationMadeOn", firstDay))
			.getStatusCode()
			.value()).isEqualTo(202);
		assertThat(jdbc.queryForObject("select b.occurred_at from order_breach b join case_file c on c.id = b.case_id"
				+ " where c.reference = ? and b.kind = 'FALSE_NOTIFICATION'", java.sql.Timestamp.class, reference)
			.toInstant()).as("the first notification, not the latest").isEqualTo(firstAt);
		assertThat(runtime.getVariable(monitoring(reference), "notificationMadeOn")).isNull();
	}

	@Test
	void aFirstNotificationAfterTheFailureToNotifyIsTakenAcknowledgedAndKeptAsLateWhileTheOffenceStays() {
		String reference = report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		Instant servedAt = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		assertThat(officer(reference, "OrderServed", Map.of("servedAt", servedAt.toString())).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		management.executeJob(management.createJobQuery()
			.processInstanceId(monitoring(reference))
			.activityId("Event_NotificationOverdue")
			.singleResult()
			.getId());
		assertThat(jdbc.queryForList("select b.kind from order_breach b join case_file c on c.id = b.case_id"
				+ " where c.reference = ?", String.class, reference)).containsExactly("FAILURE_TO_NOTIFY");
		assertThat(openTasks(reference, "Task_RecordBreachAsOffence")).isOne();

		ResponseEntity<Map> late = officer(reference, "NotificationReceived", Map.of("notifiedAt", anHourAgo()));

		assertThat(late.getStatusCode().value()).as(String.valueOf(late.getBody())).isEqualTo(202);
		tasks.complete(task(reference, "Task_AcknowledgeNotification").getId(), Map.of("acknowledgedInWriting", true,
				"notifiedNames", "Alex Monitoredsuspect", "notifiedHomeAddress", "5 Notified Way, SG1 2BB",
				"fingerprints", "TAKEN", "photograph", "NOT_TAKEN"));
		assertThat(jdbc.queryForList("select n.kind, n.notified_late from order_notification n join case_file c"
				+ " on c.id = n.case_id where c.reference = ?", reference))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("kind")).isEqualTo("FIRST");
				assertThat(row.get("notified_late")).isIn(true, 1, 1L);
			});
		assertThat(jdbc.queryForList("select t.summary from case_timeline_entry t join case_file c on c.id = t.case_id"
				+ " where c.reference = ? and t.kind = 'NOTIFICATION_MADE'", String.class, reference))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("after the 3 days beginning with service");
		assertThat(openTasks(reference, "Task_RecordBreachAsOffence")).as("the failure to notify is still handled")
			.isOne();
	}

	private String monitoring(String reference) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("orderMonitoring")
			.singleResult()
			.getId();
	}

	private static void assertAlreadyBeforeTheCourt(ResponseEntity<Map> answer, String reference, String message,
			String kind) {
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat((String) answer.getBody().get("detail")).contains(reference)
			.contains("cannot take " + message)
			.contains("a " + kind + " application for this order is already before the court");
	}

	private static void assertRefused(ResponseEntity<Map> answer, String reference, String message) {
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat((String) answer.getBody().get("detail")).contains(reference).contains("is not waiting for " + message);
	}

	private ResponseEntity<Map> officer(String reference, String message, Map<String, Object> variables) {
		return http.withBasicAuth("offender", "demo")
			.postForEntity("/api/cases/" + reference + "/messages/" + message, json(variables), Map.class);
	}

	private Task task(String reference, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
	}

	private long openTasks(String reference, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count();
	}

	private int timelineCount(String reference) {
		return jdbc.queryForObject("select count(*) from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ?", Integer.class, reference);
	}

	private static String anHourAgo() {
		return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private String report() {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"1 High Street, SG1 1AA","phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "suspect":{"name":"Alex Monitoredsuspect"},"incidents":[{"behaviour":"LOITERING"}]}""";
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

}
