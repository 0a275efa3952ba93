package uk.police.spo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark suite of issue 17, run by {@code bash bench/run} (which builds its class path): the packaged jar on a
 * fresh schema of the MySQL-compatible server and on the embedded default, each figure beside the bare engine's in the
 * same run where one applies, then the documents' JMH benchmark. Writes {@code target/bench/results.json} and
 * {@code target/bench/table.md}; a full run (no {@code --quick}) also writes {@code bench/results/<date>.json} and
 * {@code bench/results/latest.json} and regenerates the README's table between its bench markers. With
 * {@code --queues=20000,100000} it runs the work queue item alone on the MySQL-compatible server, at those numbers of
 * open cases, and writes {@code target/bench/queues.json} only; with {@code --jobs=2000,20000} the referrals and the
 * timers items alone (2,000 timers made due beside 20,000 open cases), written to {@code target/bench/jobs.json}; with
 * {@code --embedded} the embedded default's item alone, written to {@code target/bench/embedded.json}. The jar starts
 * with the JVM options and allocator arenas the README recommends, or with those in SPO_BENCH_JVM_OPTIONS and
 * MALLOC_ARENA_MAX.
 */
public final class BenchmarkSuite {

	private BenchmarkSuite() {
	}

	public static void main(String[] args) {
		try {
			String queues = List.of(args).stream().filter(a -> a.startsWith("--queues=")).findFirst().orElse(null);
			if (queues != null) {
				System.exit(queues(queues.substring("--queues=".length())) ? 0 : 1);
			}
			String jobs = List.of(args).stream().filter(a -> a.startsWith("--jobs=")).findFirst().orElse(null);
			if (jobs != null) {
				System.exit(jobs(jobs.substring("--jobs=".length())) ? 0 : 1);
			}
			if (List.of(args).contains("--embedded")) {
				System.exit(embedded() ? 0 : 1);
			}
			System.exit(run(List.of(args).contains("--quick")) ? 0 : 1);
		}
		catch (Exception | Error e) {
			e.printStackTrace();
			// ends the run's threads too (clients, the partners' server) so the run cannot hang after a failure
			System.exit(2);
		}
	}

	/** The work queue item alone; true when it ran. */
	private static boolean queues(String openCases) throws Exception {
		Scale scale = Scale.queuesAt(java.util.Arrays.stream(openCases.split(",")).mapToInt(Integer::parseInt).toArray());
		return alone(scale, "queues.json", "mysql", ServerRun::mysqlQueues);
	}

	/** The referrals and timers items alone ({@code timers,openCases}); true when they ran. */
	private static boolean jobs(String timersAndOpenCases) throws Exception {
		String[] numbers = timersAndOpenCases.split(",");
		Scale scale = Scale.jobsAt(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]));
		return alone(scale, "jobs.json", "mysql", ServerRun::mysqlJobs);
	}

	/** The embedded default's item alone (intake, memory and start), as a full run does it; true when it ran. */
	private static boolean embedded() throws Exception {
		Scale scale = Scale.fullRun();
		return alone(scale, "embedded.json", "h2", run -> run.embedded(scale.h2Clients()));
	}

	@FunctionalInterface
	private interface Items {

		Map<String, Object> runOn(ServerRun run) throws Exception;

	}

	/** Some items alone on one database, written to {@code target/bench/<file>} under its name; true when they ran. */
	private static boolean alone(Scale scale, String file, String database, Items items) throws Exception {
		Path target = Path.of("target", "bench");
		Files.createDirectories(target);
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("startedAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
		results.put("cores", Runtime.getRuntime().availableProcessors());
		results.put("loadAverageBefore", Memory.loadAverage());
		results.put(database, items.runOn(new ServerRun(scale)));
		results.put("loadAverageAfter", Memory.loadAverage());
		String json = Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n";
		Files.writeString(target.resolve(file), json);
		System.out.println(json);
		return !json.contains("\"errors\"");
	}

	/** Runs the suite; true when every item ran. */
	private static boolean run(boolean quick) throws Exception {
		Scale scale = quick ? Scale.quickRun() : Scale.fullRun();
		Path target = Path.of("target", "bench");
		Files.createDirectories(target);
		long started = System.nanoTime();
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("date", LocalDate.now(ZoneOffset.UTC).toString());
		results.put("startedAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
		results.put("mode", quick ? "quick" : "full");
		results.put("cores", Runtime.getRuntime().availableProcessors());
		results.put("loadAverageBefore", Memory.loadAverage());
		results.put("mysql", new ServerRun(scale).mysql());
		results.put("h2", new ServerRun(scale).embedded(scale.h2Clients()));
		try {
			results.put("documents", Documents.run(scale, target));
		}
		catch (Exception e) {
			e.printStackTrace();
			results.put("documentsError", e.toString());
		}
		results.put("loadAverageAfter", Memory.loadAverage());
		results.put("minutes", Latencies.round((System.nanoTime() - started) / 60e9));

		String json = Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n";
		Files.writeString(target.resolve("results.json"), json);
		JsonNode written = Api.JSON.readTree(json);
		String table = ReadmeTable.render(written);
		Files.writeString(target.resolve("table.md"), table);
		if (!quick) {
			Path folder = Path.of("bench", "results");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(results.get("date") + ".json"), json);
			Files.writeString(folder.resolve("latest.json"), json);
			Path readme = Path.of("README.md");
			Files.writeString(readme, ReadmeTable.replaceIn(Files.readString(readme), table));
		}
		System.out.println(table);
		System.out.printf("results: %s (%s minutes)%n", target.resolve("results.json"), results.get("minutes"));
		boolean failed = json.contains("\"errors\"") || results.containsKey("documentsError");
		if (failed) {
			System.out.println("Some items failed: see \"errors\" in the results");
		}
		// the schema's drop runs in a shutdown hook (TestDatabase) when main exits
		return !failed;
	}

}
