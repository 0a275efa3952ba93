package uk.police.spo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop clients: each sends its next request as soon as its previous one is answered, for a fixed time. What is
 * counted is each answer that arrived between the end of a warm-up and the end of the run (a request sent during the
 * warm-up counts when its answer arrives after it), as wanted (a 2xx) or not; answers after the end are not counted.
 */
final class ClosedLoop {

	/** One request of one client; true when the answer was the one wanted. */
	@FunctionalInterface
	interface Request {

		boolean send(int client, int sequence) throws Exception;

	}

	record Outcome(int clients, double seconds, int succeeded, int failed, Latencies latencies) {

		double perSecond() {
			return succeeded / seconds;
		}

		Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("clients", clients);
			map.put("seconds", Latencies.round(seconds));
			map.put("succeeded", succeeded);
			map.put("failed", failed);
			map.put("perSecond", Latencies.round(perSecond()));
			map.putAll(latencies.summary());
			return map;
		}

	}

	private ClosedLoop() {
	}

	static Outcome run(int clients, Duration warmUp, Duration measured, Request request) throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + warmUp.toNanos();
		long end = measureFrom + measured.toNanos();
		Latencies latencies = new Latencies();
		AtomicInteger succeeded = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger sequence = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					boolean ok;
					try {
						ok = request.send(client, sequence.incrementAndGet());
					}
					catch (Exception e) {
						ok = false;
					}
					long answered = System.nanoTime();
					if (answered >= measureFrom && answered <= end) {
						if (ok) {
							succeeded.incrementAndGet();
							latencies.add(answered - sent);
						}
						else {
							failed.incrementAndGet();
						}
					}
				}
			}, "bench-client-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new Outcome(clients, measured.toNanos() / 1e9, succeeded.get(), failed.get(), latencies);
	}

}
