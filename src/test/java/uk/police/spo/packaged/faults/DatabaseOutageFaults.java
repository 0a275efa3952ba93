package uk.police.spo.packaged.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.police.spo.packaged.RunningJar;

/**
 * The database server stops under load (SIGTERM: it shuts down and refuses connections) and comes back after
 * {@code faults.outage.seconds} (20 in CI, 60 for the minute). The application must answer every request in
 * the meantime with 503 and {@code Retry-After} (never another 5xx), store nothing by halves, report health DOWN and
 * then UP, and serve again without a restart.
 */
class DatabaseOutageFaults {

	private static final int OUTAGE_SECONDS = Integer.getInteger("faults.outage.seconds", 20);

	@Test
	void requestsDuringAnOutageGet503AndTheApplicationRecoversWithoutARestart(@TempDir Path folder) throws Exception {
		try (FaultRig rig = new FaultRig(folder)) {
			RunningJar node = rig.node().start();
			rig.addOfficer(node);
			try (Workload load = new Workload(rig, List.of(node), 2, 2, 3, 0)) {
				ConcurrentLinkedQueue<String> health = new ConcurrentLinkedQueue<>();
				AtomicBoolean watching = new AtomicBoolean(true);
				Thread watcher = new Thread(() -> watchHealth(rig, node, health, watching));
				watcher.start();
				load.start();
				Thread.sleep(10_000);

				rig.database.stop();
				long stopped = System.nanoTime();
				Thread.sleep(OUTAGE_SECONDS * 1000L);
				rig.database.startServer();
				long restarted = System.nanoTime();
				long upAgain = awaitHealthUp(rig, node);
				Thread.sleep(15_000);
				load.stop();
				watching.set(false);
				watcher.join();

				// the client retries what got a 503 or no answer with its key: one case each, now or from before
				for (Workload.Sent unsettled : load.unsettledKeyed()) {
					Workload.Sent again = load.send(unsettled.key(), unsettled.body());
					assertThat(again.status()).as("retry of %s", unsettled.key()).isEqualTo(201);
				}
				List<Workload.Sent> created = load.reports.stream().filter(s -> s.status() == 201).toList();
				Map<String, Long> cases = rig.casesPerReference();
				Map<String, Long> processes = rig.runningCaseProcessesPerReference();
				System.out.printf(
						"outage %d s: health %s; UP %.1f s after the server was back; %s; 503 answers with Retry-After %d;"
								+ " load %s%n",
						OUTAGE_SECONDS, String.join(" ", health), (upAgain - restarted) / 1e9, load.summary(),
						load.statuses.values().stream().mapToInt(m -> m.getOrDefault(503, new java.util.concurrent.atomic.AtomicInteger()).get()).sum(),
						(System.nanoTime() - stopped) / 1_000_000_000);

				assertThat(load.badAnswers).as("5xx other than 503, or 503 without Retry-After").isEmpty();
				assertThat(String.join(" ", health)).as("health").contains("UP DOWN").endsWith("UP");
				assertThat(load.statuses.get("report")).as("some requests met the outage").containsKey(503);
				assertThat(created).as("reports stored after the outage").isNotEmpty();
				for (Workload.Sent sent : created) {
					assertThat(cases.get(sent.reference())).as("cases of %s", sent.reference()).isEqualTo(1L);
					assertThat(processes.get(sent.reference())).as("processes of %s", sent.reference()).isEqualTo(1L);
				}
				// nothing half-stored: every case has its process and every process its case
				assertThat(processes.keySet()).as("cases with a running process").isEqualTo(cases.keySet());
				assertThat(rig.count("select count(*) from report_idempotency i where not exists"
						+ " (select 1 from case_file c where c.reference = i.reference)")).as("keys without a case").isZero();
				assertThat(node.logText()).doesNotContain("Connection is not available, request timed out after 30");
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(e.getMessage() + node.logTail(), e);
			}
		}
	}

	/** Health as a sequence of changes ("UP DOWN UP"). */
	private static void watchHealth(FaultRig rig, RunningJar node, ConcurrentLinkedQueue<String> changes,
			AtomicBoolean watching) {
		String last = null;
		while (watching.get()) {
			String now = health(rig, node);
			if (!now.equals(last)) {
				changes.add(now);
				last = now;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	private static String health(FaultRig rig, RunningJar node) {
		try {
			HttpResponse<String> answer = rig.http.send(
					HttpRequest.newBuilder(URI.create(node.baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
			return rig.read(answer).path("status").asText("status " + answer.statusCode());
		}
		catch (Exception e) {
			return "NO-ANSWER";
		}
	}

	private static long awaitHealthUp(FaultRig rig, RunningJar node) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if ("UP".equals(health(rig, node))) {
				return System.nanoTime();
			}
			Thread.sleep(250);
		}
		throw new AssertionError("health not UP within 90 s of the database's return");
	}

}
