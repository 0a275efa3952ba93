package uk.police.spo.packaged.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.police.spo.packaged.RunningJar;

/**
 * Two application processes on one database, requests spread over both (an officer reads a task on one node and
 * submits it on the other), both job executors running. During the load every timer of the running cases is made
 * due at once, so both executors reach for the same jobs. No job or timer may run twice, no referral reach its
 * partner twice, no reference repeat; Tasklist and the APIs answer on either node; and a failed login locks the
 * account on both nodes (Camunda keeps the lock in ACT_ID_USER).
 */
class TwoNodeFaults {

	private static final int LOAD_SECONDS = Integer.getInteger("faults.two-nodes.seconds", 40);

	@Test
	void twoNodesOnOneDatabaseRunEachJobOnceAndDeliverEachReferralOnce(@TempDir Path folder) throws Exception {
		try (FaultRig rig = new FaultRig(folder)) {
			// one after the other: the first creates the schema (Flyway, Camunda), the second finds it
			RunningJar a = rig.node("--camunda.bpm.generic-properties.properties.hostname=node-a").start();
			rig.addOfficer(a);
			RunningJar b = rig.node("--camunda.bpm.generic-properties.properties.hostname=node-b").start();
			try {
				Workload load = new Workload(rig, List.of(a, b), 2, 3, 2, 0).start();
				Thread.sleep(LOAD_SECONDS * 500L);
				int timers = rig.update("update ACT_RU_JOB set DUEDATE_ = now() where TYPE_ = 'timer'"
						+ " and PROCESS_INSTANCE_ID_ is not null");
				Thread.sleep(LOAD_SECONDS * 500L);
				load.stop();

				// a case the load left between its offer and the victim's answer keeps OFFERED referrals: nothing to deliver
				CrashFaults.awaitCount(rig, "referrals decided but not yet SENT", 0,
						"select count(*) from referral where status in ('QUEUED', 'FAILED')");
				CrashFaults.awaitCount(rig, "timers made due and not yet run", 0,
						"select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_INSTANCE_ID_ is not null"
								+ " and DUEDATE_ <= now()");

				List<Workload.Sent> created = load.created();
				Set<String> references = new HashSet<>();
				created.forEach(sent -> references.add(sent.reference()));
				assertThat(references).as("distinct references").hasSize(created.size());
				Map<String, Long> cases = rig.casesPerReference();
				Map<String, Long> processes = rig.runningCaseProcessesPerReference();
				for (String reference : references) {
					assertThat(cases.get(reference)).as("cases of %s", reference).isEqualTo(1L);
					assertThat(processes.get(reference)).as("processes of %s", reference).isEqualTo(1L);
				}
				assertThat(load.badAnswers).as("5xx answers").isEmpty();
				assertThat(load.statuses.get("report").keySet()).as("report answers").containsOnly(201);
				assertThat(rig.jobsRunMoreThanOnce()).as("jobs that ran to success more than once").isEmpty();
				Map<String, Integer> receipts = rig.partners.receipts();
				assertThat(receipts.keySet()).as("referrals received").isEqualTo(rig.referralStatuses().keySet());
				assertThat(receipts).as("referrals received").isNotEmpty();
				assertThat(receipts.values()).as("receipts per referral").containsOnly(1);
				long escalations = rig.count("select count(*) from case_timeline_entry where kind = 'TASK_ESCALATED'");
				long timerRuns = rig.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_DEF_TYPE_ like"
						+ " 'timer%'");
				Map<String, String> jobsPerNode = rig.pairs("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
						+ " group by HOSTNAME_");

				for (RunningJar node : List.of(a, b)) {
					// Tasklist sends a visitor without a session to the one sign-in page, which answers
					assertThat(rig.get(node, "/camunda/app/tasklist/default/", null, null).headers().firstValue("Location"))
						.as("Tasklist").hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
					assertThat(rig.get(node, "/login", null, null).statusCode()).as("sign-in page").isEqualTo(200);
					String someCase = created.get(0).reference();
					assertThat(rig.get(node, "/api/cases/" + someCase, FaultRig.OFFICER, rig.officerPassword).statusCode())
						.as("case API").isEqualTo(200);
					assertThat(rig.get(node, "/engine-rest/task?candidateGroup=triage-officers", FaultRig.OFFICER,
							rig.officerPassword).statusCode()).as("engine REST").isEqualTo(200);
				}
				String lockedOut = loginLockHoldsAcrossNodes(rig, a, b);

				System.out.printf("two nodes, %d s: %d reports (references distinct), %d tasks completed, %d referrals each"
						+ " received once, %d timers made due during the load, %d timer runs, %d escalations, successful jobs"
						+ " per node %s, %s; load %s%n", LOAD_SECONDS, created.size(), load.completedTasks.size(),
						receipts.size(), timers, timerRuns, escalations, jobsPerNode, lockedOut, load.summary());
				assertThat(jobsPerNode).as("both executors took jobs").containsKeys("node-a", "node-b");
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(e.getMessage() + a.logTail() + b.logTail(), e);
			}
		}
	}

	/** A wrong password on one node locks the account on the other too, until the delay has passed. */
	private static String loginLockHoldsAcrossNodes(FaultRig rig, RunningJar a, RunningJar b) throws Exception {
		String path = "/engine-rest/task?candidateGroup=triage-officers";
		assertThat(rig.get(a, path, FaultRig.OFFICER, "wrong-password").statusCode()).isEqualTo(401);
		long failed = System.nanoTime();
		HttpResponse<String> right = rig.get(b, path, FaultRig.OFFICER, rig.officerPassword);
		double after = (System.nanoTime() - failed) / 1e9;
		assertThat(after).as("the second login came within the 3 s delay").isLessThan(3);
		assertThat(right.statusCode()).as("right password on the other node %.1f s after a failure", after).isEqualTo(401);
		Thread.sleep(4_000);
		assertThat(rig.get(b, path, FaultRig.OFFICER, rig.officerPassword).statusCode()).as("after the delay").isEqualTo(200);
		return "login refused on node b %.2f s after a failure on node a, accepted after the delay".formatted(after);
	}

}
