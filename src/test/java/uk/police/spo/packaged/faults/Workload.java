package uk.police.spo.packaged.faults;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import uk.police.spo.packaged.RunningJar;

/**
 * Steady traffic against one or more nodes, spread round robin: reporters post reports (every other one with an
 * {@code Idempotency-Key}) and an officer works each reported case's triage tasks one after the other, reading a
 * task on one node and submitting it on the next. Every answer is recorded by status, so a test can say what was
 * stored, what was refused, and what got no answer at all.
 */
final class Workload implements AutoCloseable {

	/** A report whose outcome a test checks: its key (null without one), body, and the answer's status and reference. */
	record Sent(String key, String body, int status, String reference, String retryAfter) {
	}

	private final FaultRig rig;

	private final List<RunningJar> nodes;

	private final Officer officer;

	private final double reportsPerSecond;

	private final int reporters;

	private final int workers;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicLong turn = new AtomicLong();

	private ExecutorService threads;

	private final DelayQueue<Case> cases = new DelayQueue<>();

	final ConcurrentLinkedQueue<Sent> reports = new ConcurrentLinkedQueue<>();

	/** Tasks whose submit-form answered 204. */
	final Set<String> completedTasks = ConcurrentHashMap.newKeySet();

	/** Statuses of every request by kind ("report", "task", "read"); 0 = no answer (refused, reset, timed out). */
	final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();

	/** Answers that break the rules under any fault: a 5xx other than 503, or a 503 without Retry-After. */
	final ConcurrentLinkedQueue<String> badAnswers = new ConcurrentLinkedQueue<>();

	/** The number of the first report (bodies are numbered, so several workloads on one schema stay distinct). */
	private final int firstReport;

	Workload(FaultRig rig, List<RunningJar> nodes, int reporters, int workers, double reportsPerSecond, int firstReport) {
		this.rig = rig;
		this.nodes = nodes;
		this.officer = new Officer(rig);
		this.reporters = reporters;
		this.workers = workers;
		this.reportsPerSecond = reportsPerSecond;
		this.firstReport = firstReport;
	}

	Workload start() {
		running.set(true);
		threads = Executors.newFixedThreadPool(reporters + workers);
		for (int i = 0; i < reporters; i++) {
			threads.submit(this::report);
		}
		for (int i = 0; i < workers; i++) {
			threads.submit(this::work);
		}
		return this;
	}

	void stop() throws InterruptedException {
		running.set(false);
		threads.shutdown();
		threads.awaitTermination(90, TimeUnit.SECONDS);
	}

	private RunningJar next() {
		return nodes.get((int) (turn.getAndIncrement() % nodes.size()));
	}

	private void report() {
		long pause = reportsPerSecond > 0 ? (long) (1000 * reporters / reportsPerSecond) : 0;
		while (running.get()) {
			long started = System.currentTimeMillis();
			int n = firstReport + sequence.getAndIncrement();
			String key = n % 2 == 0 ? "fault-key-" + n : null;
			String body = FaultRig.report(n);
			Sent sent = send(key, body);
			reports.add(sent);
			if (sent.status() == 201) {
				cases.add(new Case(sent.reference(), 0, 0));
			}
			else if (sent.status() == 0 || sent.status() == 503) {
				sleep(500); // as a client does while the service is away
			}
			sleep(pause - (System.currentTimeMillis() - started));
		}
	}

	/** Posts the report to the next node and records the answer. */
	Sent send(String key, String body) {
		try {
			HttpResponse<String> answer = rig.postReport(next(), body, key);
			record("report", answer);
			String reference = answer.statusCode() == 201 ? rig.read(answer).path("reference").asText() : null;
			return new Sent(key, body, answer.statusCode(), reference,
					answer.headers().firstValue("Retry-After").orElse(null));
		}
		catch (Exception noAnswer) {
			count("report", 0);
			return new Sent(key, body, 0, null, null);
		}
	}

	private void work() {
		while (running.get()) {
			Case next;
			try {
				next = cases.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				return;
			}
			if (next == null) {
				continue;
			}
			try {
				record("read", rig.get(next(), "/api/cases/" + next.reference, FaultRig.OFFICER, rig.officerPassword));
				String[] task = officer.openTriageTask(next(), next.reference);
				if (task == null) {
					// the next task may wait for a referral's delivery job; the case's triage may be done
					if (next.idle < 40) {
						cases.add(new Case(next.reference, next.idle + 1, 500));
					}
					continue;
				}
				// an officer works a case's tasks one after the other while they come
				boolean worked = true;
				while (task != null && worked && running.get()) {
					HttpResponse<String> done = officer.complete(next(), next(), task[0], task[1]);
					record("task", done);
					worked = done.statusCode() == 204;
					if (worked) {
						completedTasks.add(task[0]);
						task = officer.openTriageTask(next(), next.reference);
					}
				}
				cases.add(new Case(next.reference, 0, worked ? 500 : 1000));
			}
			catch (Officer.Refused refused) {
				record("read", refused.answer);
				cases.add(new Case(next.reference, next.idle, 1000));
			}
			catch (Exception noAnswer) {
				count("task", 0);
				cases.add(new Case(next.reference, next.idle, 1000));
				sleep(500); // as an officer does while the service is away
			}
		}
	}

	void record(String kind, HttpResponse<String> answer) {
		count(kind, answer.statusCode());
		if (answer.statusCode() >= 500 && (answer.statusCode() != 503
				|| answer.headers().firstValue("Retry-After").isEmpty())) {
			badAnswers.add(kind + " " + answer.request().method() + " " + answer.request().uri().getPath() + " answered "
					+ answer.statusCode() + " " + answer.headers().firstValue("Retry-After").orElse("(no Retry-After)") + " "
					+ answer.body());
		}
	}

	void count(String kind, int status) {
		statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
			.computeIfAbsent(status, s -> new AtomicInteger())
			.incrementAndGet();
	}

	List<Sent> created() {
		return reports.stream().filter(sent -> sent.status() == 201).toList();
	}

	/** Keyed reports that got no answer or a 503: the client does not know, and sends them again. */
	List<Sent> unsettledKeyed() {
		List<Sent> unsettled = new ArrayList<>();
		for (Sent sent : reports) {
			if (sent.key() != null && sent.status() != 201 && (sent.status() == 0 || sent.status() == 503)) {
				unsettled.add(sent);
			}
		}
		return unsettled;
	}

	String summary() {
		return "statuses " + statuses + ", completed tasks " + completedTasks.size();
	}

	private static void sleep(long millis) {
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (threads != null && !threads.isShutdown()) {
			stop();
		}
	}

	/** A case in the officer's queue, due again after a pause; {@code idle} counts looks that found no task. */
	private static final class Case implements Delayed {

		final String reference;

		final int idle;

		final long due;

		Case(String reference, int idle, long pauseMillis) {
			this.reference = reference;
			this.idle = idle;
			this.due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis);
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

	}

}
