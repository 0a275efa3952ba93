package uk.police.spo.packaged.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.police.spo.packaged.RunningJar;

/**
 * The application killed with SIGKILL ({@code faults.crash.kills} times, 2 by default) while reports arrive with and
 * without {@code Idempotency-Key}, an officer completes triage tasks through engine REST and the referrals those
 * tasks decide are being delivered; then started again. Also the timers of item 4: orders under monitoring whose
 * notification deadline and review fall due while the application is down (their jobs' due dates are moved into the
 * past in ACT_RU_JOB after the last kill, as the clock passing them would) must fire once after the restart.
 */
class CrashFaults {

	private static final int KILLS = Integer.getInteger("faults.crash.kills", 2);

	private static final int MONITORED_ORDERS = 3;

	private static final List<String> TIMERS = List.of("Event_NotificationOverdue", "Event_ReviewDue");

	@Test
	void everyCommittedStepSurvivesSigkillAndEveryReferralReachesItsPartner(@TempDir Path folder) throws Exception {
		try (FaultRig rig = new FaultRig(folder)) {
			// a receipt counted 300 ms before its answer: a kill in that window leaves a delivery the partner has and
			// the application has not recorded
			rig.partners.answerAfter(300);
			RunningJar node = rig.node().start();
			try {
				rig.addOfficer(node);
				List<String> monitored = new ArrayList<>();
				for (int i = 0; i < MONITORED_ORDERS; i++) {
					monitored.add(orderUnderMonitoring(rig, node, 900_000 + i));
				}
				awaitCount(rig, "timer jobs of the monitored orders", 2L * MONITORED_ORDERS, timerJobs());

				Workload load = new Workload(rig, List.of(node), 2, 3, 3, 0).start();
				List<Integer> receivedBeforeKill = new ArrayList<>();
				for (int kill = 1; kill <= KILLS; kill++) {
					Thread.sleep(ThreadLocalRandom.current().nextLong(15_000, 25_000));
					node.kill();
					receivedBeforeKill.add(rig.partners.receipts().size());
					if (kill == KILLS) {
						Thread.sleep(3_000);
						load.stop();
						// down past their due time: the notification deadline and the review
						assertThat(rig.update("update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
								+ " set j.DUEDATE_ = now() - interval 1 minute where d.ACT_ID_ in ('Event_NotificationOverdue',"
								+ " 'Event_ReviewDue')")).as("timers moved past due").isEqualTo(2 * MONITORED_ORDERS);
					}
					else {
						Thread.sleep(3_000);
					}
					node.start();
				}

				// the clients retry what got no answer with the same key; one case each
				for (Workload.Sent unsettled : load.unsettledKeyed()) {
					assertThat(load.send(unsettled.key(), unsettled.body()).status()).as("retry of %s", unsettled.key())
						.isEqualTo(201);
				}
				// a key that got its 201 before a crash gets that answer again
				int replayed = 0;
				for (Workload.Sent sent : load.created()) {
					if (sent.key() != null) {
						HttpResponse<String> again = rig.postReport(node, sent.body(), sent.key());
						assertThat(again.statusCode()).isEqualTo(201);
						assertThat(rig.read(again).path("reference").asText()).as("replay of %s", sent.key())
							.isEqualTo(sent.reference());
						assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
						replayed++;
					}
				}

				// a case the load left between its offer and the victim's answer keeps OFFERED referrals: nothing to deliver
				awaitCount(rig, "referrals decided but not yet SENT", 0,
						"select count(*) from referral where status in ('QUEUED', 'FAILED')");
				awaitTimersFired(rig, monitored);

				List<Workload.Sent> created = new ArrayList<>(load.created());
				Map<String, Long> cases = rig.casesPerReference();
				Map<String, Long> processes = rig.runningCaseProcessesPerReference();
				for (Workload.Sent sent : created) {
					assertThat(cases.get(sent.reference())).as("cases of %s", sent.reference()).isEqualTo(1L);
					assertThat(processes.get(sent.reference())).as("running processes of %s", sent.reference()).isEqualTo(1L);
				}
				assertThat(processes.keySet()).as("cases with a running process").isEqualTo(cases.keySet());

				for (String task : load.completedTasks) {
					assertThat(rig.count("select count(*) from ACT_RU_TASK where ID_ = ?", task)).as("task %s open", task).isZero();
					assertThat(rig.count("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null"
							+ " and DELETE_REASON_ = 'completed'", task)).as("task %s completed", task).isEqualTo(1);
				}

				Map<String, String> referrals = rig.referralStatuses();
				long screened = rig.count("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'Task_ScreenRisk'"
						+ " and DELETE_REASON_ = 'completed'");
				long consented = rig.count("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ ="
						+ " 'Task_RecordReferralConsent' and DELETE_REASON_ = 'completed'");
				assertThat(rig.count("select count(*) from referral where partner = 'MARAC'")).as("MARAC referrals")
					.isEqualTo(screened);
				long awaitingConsent = rig.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ ="
						+ " 'Task_RecordReferralConsent'");
				assertThat(rig.count("select count(*) from referral where partner in ('HOUSING', 'ADVOCACY')"
						+ " and status <> 'OFFERED'")).as("housing and advocacy referrals the victim answered")
					.isEqualTo(2 * consented);
				assertThat(rig.count("select count(*) from referral where partner in ('HOUSING', 'ADVOCACY')"
						+ " and status = 'OFFERED'")).as("housing and advocacy offers awaiting the victim's answer")
					.isEqualTo(2 * awaitingConsent);
				Map<String, Integer> receipts = rig.partners.receipts();
				assertThat(receipts.keySet()).as("every referral reached its partner, nothing else did")
					.containsExactlyInAnyOrderElementsOf(referrals.keySet());
				long twice = receipts.values().stream().filter(count -> count > 1).count();
				assertThat(rig.jobsRunMoreThanOnce()).as("jobs that ran to success more than once").isEmpty();

				System.out.printf("crash: %d SIGKILLs; %d reports answered 201 (%d keyed, replayed after restart), %d keyed"
						+ " retried after no answer; %d tasks completed; %d referrals (%d MARAC), every one SENT and received;"
						+ " received twice: %d; receipts before each kill %s; monitored orders' timers fired once: %d; load %s%n",
						KILLS, created.size(), replayed, load.unsettledKeyed().size(), load.completedTasks.size(),
						referrals.size(), screened, twice, receivedBeforeKill, 2 * MONITORED_ORDERS, load.summary());
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(e.getMessage() + node.logTail(), e);
			}
		}
	}

	private static String timerJobs() {
		return "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.ACT_ID_ in"
				+ " ('Event_NotificationOverdue', 'Event_ReviewDue')";
	}

	/**
	 * A case with a full order granted today (its rows written as the court's outcome writes them) and its
	 * {@code orderMonitoring} started as the case process starts it, then served an hour ago through the case
	 * message API: the notification deadline (3 days after service) and the first review (3 months) are timers.
	 */
	static String orderUnderMonitoring(FaultRig rig, RunningJar node, int n) throws Exception {
		HttpResponse<String> report = rig.postReport(node, FaultRig.report(n), null);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
		String reference = rig.read(report).path("reference").asText();
		String caseId = rig.pairs("select reference, id from case_file where reference = ?", reference).get(reference);
		String orderId = UUID.randomUUID().toString();
		rig.update("insert into protective_order (id, case_id, kind, status, granted_on, until_further_order, version)"
				+ " values (?, ?, 'FULL', 'GRANTED', current_date, true, 0)", orderId, caseId);
		rig.update("insert into order_term (id, order_id, position, kind, wording, necessity) values (?, ?, 1,"
				+ " 'PROHIBITION', 'Not to contact the person protected by this order', 'Contact was the core of the"
				+ " stalking')", UUID.randomUUID().toString(), orderId);
		String start = rig.json.writeValueAsString(Map.of("businessKey", reference, "variables",
				Map.of("caseId", string(caseId), "caseReference", string(reference), "caseUnit", string("NORTH"),
						"riskLevel", string("MEDIUM"), "orderId", string(orderId), "notificationAlreadyMade",
						Map.of("value", false, "type", "Boolean"))));
		HttpResponse<String> started = rig.send(node, "POST", "/engine-rest/process-definition/key/orderMonitoring/start",
				start, FaultRig.ADMIN, rig.adminPassword);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		String servedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString();
		HttpResponse<String> served = rig.send(node, "POST", "/api/cases/" + reference + "/messages/OrderServed",
				rig.json.writeValueAsString(Map.of("servedAt", servedAt)), FaultRig.OFFICER, rig.officerPassword);
		assertThat(served.statusCode()).as(served.body()).isEqualTo(202);
		return reference;
	}

	private static Map<String, Object> string(String value) {
		return Map.of("value", value, "type", "String");
	}

	/**
	 * Each monitored case has, once, the task recording its failure to notify (in its breach handling) and the review
	 * task, and each timer ran once.
	 */
	static void awaitTimersFired(FaultRig rig, List<String> monitored) throws Exception {
		String tasks = "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
				+ " where t.TASK_DEF_KEY_ in ('Task_RecordBreachAsOffence', 'Task_ReviewOrder')";
		awaitCount(rig, "tasks the timers open", 2L * monitored.size(), tasks);
		for (String reference : monitored) {
			for (String task : List.of("Task_RecordBreachAsOffence", "Task_ReviewOrder")) {
				assertThat(rig.count("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
						+ " where t.TASK_DEF_KEY_ = ? and p.BUSINESS_KEY_ = ?", task, reference)).as("%s of %s", task, reference)
					.isEqualTo(1);
			}
		}
		assertThat(rig.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and ACT_ID_ in"
				+ " ('Event_NotificationOverdue', 'Event_ReviewDue')")).as("timer runs").isEqualTo(2L * monitored.size());
	}

	/** Waits (up to 4 minutes: a killed node's job locks run out first) until the query answers {@code expected}. */
	static void awaitCount(FaultRig rig, String what, long expected, String sql) throws Exception {
		long deadline = System.nanoTime() + 240_000_000_000L;
		long last = -1;
		while (System.nanoTime() < deadline) {
			last = rig.count(sql);
			if (last == expected) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(what + ": " + last + ", expected " + expected);
	}

}
