package uk.police.spo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README's performance table, made from a results file: one row per figure, with the bare engine's figure where
 * the run has one, the target and whether this run met it, and the run's date. Replaces what stands between
 * {@link #START} and {@link #END} in the README.
 */
final class ReadmeTable {

	static final String START = "<!-- bench:start -->";

	static final String END = "<!-- bench:end -->";

	private final JsonNode results;

	private final List<String> rows = new ArrayList<>();

	private ReadmeTable(JsonNode results) {
		this.results = results;
	}

	static String render(JsonNode results) {
		return new ReadmeTable(results).table();
	}

	/** The README with its table replaced. */
	static String replaceIn(String readme, String table) {
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		if (start < 0 || end < start) {
			throw new IllegalStateException("README.md has no " + START + " ... " + END + " markers");
		}
		return readme.substring(0, start + START.length()) + "\n" + table + readme.substring(end);
	}

	private String table() {
		JsonNode mysql = results.path("mysql");
		JsonNode h2 = results.path("h2");
		intake(mysql, "MariaDB");
		intake(h2, "H2 (embedded)");
		lifecycle(mysql.path("lifecycle"));
		queues(mysql.path("workQueues"));
		JsonNode timers = mysql.path("timers");
		row("Time to fire due triage-deadline timers", "MariaDB", fired(timers.path("project")),
				fired(timers.path("bareEngine")), "—", null);
		JsonNode documents = results.path("documents");
		double perSpo = documents.path("millisecondsPerFullSpo").path("score").asDouble(Double.NaN);
		row("Full SPO document (JMH, one thread)", "—", number(perSpo) + " ms per document", "—", "< 50 ms",
				perSpo < 50);
		row("Full SPOs on 2 threads (JMH)", "—",
				number(documents.path("fullSposPerSecondOnTwoThreads").path("score").asDouble(Double.NaN))
						+ " documents/s", "—", "—", null);
		JsonNode referrals = mysql.path("referrals");
		double referralP95 = referrals.path("p95Ms").asDouble(Double.NaN);
		row("Referral: risk screening completed → MARAC received", "MariaDB",
				"p95 %s ms, %s deliveries/s (%d of %d received)".formatted(number(referralP95),
						number(referrals.path("deliveriesPerSecond").asDouble(Double.NaN)), referrals.path("received").asInt(),
						referrals.path("cases").asInt()),
				bareReferrals(referrals.path("bareEngine")), "p95 < 1 s",
				referralP95 < 1000 && referrals.path("received").asInt() == referrals.path("cases").asInt());
		for (var run : List.of(Map.entry("MariaDB", mysql), Map.entry("H2 (embedded)", h2))) {
			long afterStart = run.getValue().path("residentAfterStartMb").asLong();
			long peak = run.getValue().path("peakResidentMb").asLong();
			row("Resident memory after start / at peak", run.getKey(), afterStart + " MB / " + peak + " MB", "—",
					"< 768 MB", peak < 768 && afterStart < 768);
			double start = run.getValue().path("startSeconds").asDouble(Double.NaN);
			row("Start-up of the packaged jar (to health UP), first start: creates the schema", run.getKey(),
					number(start) + " s", "—", "< 20 s", start < 20);
			if (run.getValue().has("restartSeconds")) {
				double restart = run.getValue().path("restartSeconds").asDouble(Double.NaN);
				row("Start-up of the packaged jar (to health UP), restart with the run's cases", run.getKey(),
						"%s s (%s cases, %s process instances)".formatted(number(restart),
								number(run.getValue().path("casesAtRestart").asDouble(Double.NaN)),
								number(run.getValue().path("processInstancesAtRestart").asDouble(Double.NaN))),
						"—", "< 20 s", restart < 20);
			}
		}
		StringBuilder table = new StringBuilder();
		table.append("| measure | database | result | bare engine, same run | target | met | date |\n");
		table.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		rows.forEach(r -> table.append(r).append('\n'));
		table.append("\nRun of %s: %s mode, %d cores, load average %s before and %s after, %s minutes.\n".formatted(
				results.path("date").asText(), results.path("mode").asText(), results.path("cores").asInt(),
				number(results.path("loadAverageBefore").asDouble(Double.NaN)), number(results.path("loadAverageAfter").asDouble(Double.NaN)),
				number(results.path("minutes").asDouble(Double.NaN))));
		if (mysql.has("bufferPoolMb")) {
			table.append("The MySQL-compatible server's InnoDB buffer pool: %s MB.\n".formatted(
					number(mysql.path("bufferPoolMb").asDouble(Double.NaN))));
		}
		return table.toString();
	}

	private void intake(JsonNode run, String database) {
		for (JsonNode row : run.path("intake")) {
			int clients = row.path("clients").asInt();
			JsonNode reports = row.path("reports");
			JsonNode bare = row.path("bareEngineStarts");
			double ratio = row.path("ratioToBareEngine").asDouble(Double.NaN);
			boolean targeted = clients == 32 && database.equals("MariaDB");
			row("Intake `POST /api/reports`, %d client%s".formatted(clients, clients == 1 ? "" : "s"), database,
					rate(reports, "reports/s") + " (" + ratioText(ratio) + " of bare)", rate(bare, "starts/s"),
					targeted ? "p95 < 50 ms, ≥ 70% of bare" : "—",
					targeted ? reports.path("p95Ms").asDouble(Double.NaN) < 50 && ratio >= 0.7 : null);
		}
	}

	private void lifecycle(JsonNode lifecycle) {
		if (lifecycle.isMissingNode()) {
			return;
		}
		JsonNode project = lifecycle.path("project");
		JsonNode bare = lifecycle.path("bareEngine");
		double ratio = project.path("casesPerMinute").asDouble(Double.NaN) / bare.path("casesPerMinute").asDouble(Double.NaN);
		row("Lifecycle: report to closure after a discharged order, %d at a time".formatted(lifecycle.path("clients").asInt()),
				"MariaDB", casesRate(project) + " (" + ratioText(ratio) + " of bare)", casesRate(bare), "—", null);
	}

	private static String casesRate(JsonNode run) {
		return "%s cases/min, case p50 %s / p95 %s s (%d cases)".formatted(number(run.path("casesPerMinute").asDouble(Double.NaN)),
				number(run.path("caseTimes").path("p50Ms").asDouble(Double.NaN) / 1000),
				number(run.path("caseTimes").path("p95Ms").asDouble(Double.NaN) / 1000), run.path("cases").asInt());
	}

	private void queues(JsonNode levels) {
		if (levels.size() < 2) {
			return;
		}
		JsonNode small = levels.get(0);
		JsonNode large = levels.get(levels.size() - 1);
		String counts = "%,d → %,d open cases".formatted(small.path("openCases").asLong(), large.path("openCases").asLong());
		String bare = growth(small.path("bareEngineTaskList"), large.path("bareEngineTaskList"));
		for (String[] queue : new String[][] { { "taskList", "Officer's task list (engine REST, candidate group, first 50)" },
				{ "tasklistFilter", "Officer's Tasklist landing filter (first 15 and count)" },
				{ "workQueue", "Officer's case work queue `/api/work`" } }) {
			double before = small.path(queue[0]).path("p95Ms").asDouble(Double.NaN);
			double after = large.path(queue[0]).path("p95Ms").asDouble(Double.NaN);
			row(queue[1] + ", " + counts, "MariaDB", growth(small.path(queue[0]), large.path(queue[0])), bare,
					"p95 < 100 ms, growth < 2×", after < 100 && after / before < 2);
		}
		for (String[] dashboard : new String[][] { { "dashboard", "A unit supervisor's dashboard `/dashboard` (one unit)" },
				{ "dashboardEveryUnit", "The administrator's dashboard `/dashboard` (every unit)" } }) {
			double p95 = large.path(dashboard[0]).path("p95Ms").asDouble(Double.NaN);
			row(dashboard[1] + ", " + counts, "MariaDB", growth(small.path(dashboard[0]), large.path(dashboard[0])), "—",
					"p95 < 1 s", p95 < 1000);
		}
	}

	/** The bare engine's user task completed → its asynchronous step's job ended, in the same burst. */
	private static String bareReferrals(JsonNode bare) {
		if (bare.isMissingNode()) {
			return "—";
		}
		return "completion → async step done: p95 %s ms, %s jobs/s (%d of %d)".formatted(
				number(bare.path("p95Ms").asDouble(Double.NaN)), number(bare.path("jobsPerSecond").asDouble(Double.NaN)),
				bare.path("ended").asInt(), bare.path("cases").asInt());
	}

	private static String growth(JsonNode small, JsonNode large) {
		double before = small.path("p95Ms").asDouble(Double.NaN);
		double after = large.path("p95Ms").asDouble(Double.NaN);
		return "p95 %s → %s (×%s)".formatted(p95(small), p95(large), number(after / before));
	}

	/** The p95, or what went wrong when there is none (a request unanswered within a minute ends the series). */
	private static String p95(JsonNode timed) {
		if (timed.path("p95Ms").isNumber()) {
			return number(timed.path("p95Ms").asDouble()) + " ms";
		}
		if (timed.path("lastFailure").asText("").contains("timed out")) {
			return "no answer within 60 s";
		}
		if (timed.path("warmUpMs").size() > 0) {
			List<String> warmUps = new ArrayList<>();
			timed.path("warmUpMs").forEach(ms -> warmUps.add(number(ms.asDouble() / 1000) + " s"));
			return "no sample in the time limit (warm-up requests " + String.join(", ", warmUps) + ")";
		}
		return "n/a";
	}

	private static String fired(JsonNode timers) {
		if (timers.isMissingNode()) {
			return "—";
		}
		return "%,d in %s s (%s/s once firing; %d failed)".formatted(timers.path("fired").asLong(),
				number(timers.path("secondsUntilAllFired").asDouble(Double.NaN)), number(timers.path("firedPerSecond").asDouble(Double.NaN)),
				timers.path("failed").asLong());
	}

	private static String rate(JsonNode outcome, String unit) {
		return "%s %s, p50 %s / p95 %s / p99 %s ms".formatted(number(outcome.path("perSecond").asDouble(Double.NaN)), unit,
				number(outcome.path("p50Ms").asDouble(Double.NaN)), number(outcome.path("p95Ms").asDouble(Double.NaN)),
				number(outcome.path("p99Ms").asDouble(Double.NaN)));
	}

	private static String ratioText(double ratio) {
		return "%.0f%%".formatted(ratio * 100);
	}

	private static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "n/a";
		}
		return value >= 100 ? "%,.0f".formatted(value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private void row(String measure, String database, String result, String bare, String target, Boolean met) {
		rows.add("| %s | %s | %s | %s | %s | %s | %s |".formatted(measure, database, result, bare, target,
				met == null ? "—" : met ? "met" : "**missed**", results.path("date").asText()));
	}

}
