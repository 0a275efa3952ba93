package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.lifecycle.TaskWorker;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;
import uk.police.spo.support.SchemaTraces;
import uk.police.spo.support.TestCases;

/**
 * On the MySQL-compatible server: what the defendant notified, typed into the acknowledgement forms and submitted as
 * Tasklist submits them, reaches the database only encrypted, one row per notification that a later change does not overwrite, and nowhere in the
 * engine's tables.
 */
class NotifiedDetailsMySqlTests extends MySqlCompatibleTest {

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
	OrderNotifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachNotificationKeepsWhatItGaveEncryptedAndAChangeAddsARowWithoutOverwritingTheFirst() {
		String marker = HexFormat.of().formatHex(new byte[] { (byte) ThreadLocalRandom.current().nextInt(),
				(byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt() });
		String name = "Notified Name " + marker;
		String alias = "Alias " + marker;
		String firstAddress = "7 First Street " + marker + ", Hitchin";
		String newAddress = "9 Moved Road " + marker + ", Stevenage";
		String reference = reportedWithSuspect();
		UUID caseId = cases.byReference(reference).orElseThrow().id();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		correlate(reference, "OrderServed", Map.of("servedAt", now.minus(2, ChronoUnit.HOURS).toString()));
		DocumentJobs.run(runtime, management, reference);

		correlate(reference, "NotificationReceived", Map.of("notifiedAt", now.minus(1, ChronoUnit.HOURS).toString()));
		// as Tasklist submits it (engine REST submit-form), as an offender manager
		TaskWorker officer = new TaskWorker(http, tasks);
		officer.complete(reference, "Task_AcknowledgeNotification",
				answers(name, alias, firstAddress, Map.of("fingerprints", "TAKEN", "photograph", "REFUSED")));
		// changed 5 days ago: the 3 days beginning with the change ended before today
		correlate(reference, "ChangeNotificationReceived", Map.of("changedOn",
				MonitoringSchedule.ukDay(now).minusDays(5).toString(), "notifiedAt", now.toString()));
		officer.complete(reference, "Task_AcknowledgeChangeNotification", answers(name, alias, newAddress,
				Map.of("fingerprints", "NOT_TAKEN", "photograph", "NOT_TAKEN", "changeNotified", "HOME_ADDRESS")));

		List<Map<String, Object>> rows = jdbc.queryForList("select kind, change_notified, notified_late, names, aliases, "
				+ "home_address, fingerprints, photograph, acknowledged_by from order_notification where case_id = ? "
				+ "order by notified_at", caseId.toString());
		assertThat(rows).extracting(row -> row.get("kind"), row -> row.get("change_notified"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FIRST", null),
					org.assertj.core.groups.Tuple.tuple("CHANGE", "HOME_ADDRESS"));
		assertThat(rows).extracting(row -> row.get("fingerprints"), row -> row.get("photograph"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TAKEN", "REFUSED"),
					org.assertj.core.groups.Tuple.tuple("NOT_TAKEN", "NOT_TAKEN"));
		assertThat(rows.get(1).get("notified_late")).as("notified 5 days after the change").isIn(true, 1, 1L);
		assertThat(rows).extracting(row -> row.get("acknowledged_by")).containsOnly("offender");
		for (Map<String, Object> row : rows) {
			assertThat(List.of(row.get("names"), row.get("aliases"), row.get("home_address")))
				.allSatisfy(value -> assertThat((String) value).startsWith("v1:test-current:").doesNotContain(marker));
		}
		assertThat(SchemaTraces.of(jdbc, List.of(marker))).as("the notified details in plain anywhere").isEmpty();

		List<OrderNotification> read = notifications.findByCaseIdOrderByNotifiedAt(caseId);
		assertThat(read).extracting(n -> n.details().orElseThrow())
			.containsExactly(new NotifiedDetails(List.of(name), List.of(alias), firstAddress),
					new NotifiedDetails(List.of(name), List.of(alias), newAddress));
		assertThat(timeline(caseId)).contains("NOTIFICATION_MADE", "CHANGE_NOTIFIED");
		assertThat(jdbc.queryForList("select field_names from audit_entry where case_reference = ? and action = 'COLLECT' "
				+ "and purpose like 'defendant''s notification%'", String.class, reference))
			.hasSize(2)
			.allSatisfy(fields -> assertThat(fields).contains("defendant.notification.homeAddress"));
	}

	private static Map<String, Object> answers(String name, String alias, String address, Map<String, Object> more) {
		Map<String, Object> answers = new java.util.HashMap<>(more);
		answers.put("notifiedNames", name);
		answers.put("notifiedAliases", alias);
		answers.put("notifiedHomeAddress", address);
		answers.put("acknowledgedInWriting", true);
		return answers;
	}

	/** The documents of the order (the notice before the notification) name the defendant. */
	private String reportedWithSuspect() {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900457","safeContact":{"method":"PHONE"}},
				 "suspect":{"name":"Sam Notifyingdefendant"},"incidents":[{"behaviour":"LOITERING"}]}"""
			.formatted(TestCases.NORTH_ADDRESS);
		return (String) http.postForEntity("/api/reports", TestCases.json(body), Map.class).getBody().get("reference");
	}

	private void correlate(String reference, String message, Map<String, Object> variables) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference).setVariables(variables)
			.correlate();
	}

	private List<String> timeline(UUID caseId) {
		return jdbc.queryForList("select kind from case_timeline_entry where case_id = ?", String.class,
				caseId.toString());
	}

}
