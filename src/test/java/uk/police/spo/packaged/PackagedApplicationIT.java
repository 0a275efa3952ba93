package uk.police.spo.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.police.spo.support.TestDatabase;

/**
 * The application as users run it: the repackaged jar started with {@code java -jar} in a process of its own (the
 * exploded classpath of the other tests and of spring-boot:run once hid a jar that did not start). On the embedded
 * default in an empty folder, and on the mysql profile with the README's own command against the MySQL-compatible
 * server. Each: health UP, a report becomes a triage task, 200 reports from 32 concurrent clients are all stored
 * with distinct references and running processes, and all of it is there again after a restart.
 */
class PackagedApplicationIT {

	private static final Pattern REFERENCE = Pattern.compile("SH-\\d{4}-\\d{6}");

	private static final String NO_RATE_LIMIT = " --spo.intake.rate-limit.capacity=100000000";

	private static final int REPORTS = 200;

	private static final int CLIENTS = 32;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void embeddedDefaultStartsInAnEmptyFolderAndTheReadmeExamplesWork(@TempDir Path emptyFolder) throws Exception {
		int port = RunningJar.freePort();
		String command = "exec java -jar '" + RunningJar.jar() + "' --server.port=" + port + NO_RATE_LIMIT;
		try (RunningJar app = new RunningJar(command, emptyFolder, Map.of(), port)) {
			app.start();
			try {
				String reference = readmeReportBecomesATriageTask(app);
				Set<String> references = reportsFromConcurrentClients(app);
				references.add(reference);
				assertThat(runningCases(app, "admin", "demo")).containsAll(references);

				app.stop();
				app.start();
				assertThat(runningCases(app, "admin", "demo")).containsAll(references);
				assertThat(get(app, "/api/cases/" + reference, "supervisor", "demo").statusCode()).isEqualTo(200);
				assertThat(app.logText()).doesNotContain("Connection is not available");
				assertThat(emptyFolder.resolve("data")).isDirectory();
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(e.getMessage() + app.logTail(), e);
			}
		}
	}

	/**
	 * The partners' transports the mysql profile needs to start (docs/partners.md): addresses where nothing listens,
	 * since no referral is decided in this test.
	 */
	static final Map<String, String> PARTNERS = Map.ofEntries(Map.entry("SPO_PARTNERS_COURT_SMTP_HOST", "127.0.0.1"),
			Map.entry("SPO_PARTNERS_COURT_SMTP_FROM", "spo@force.test"),
			Map.entry("SPO_PARTNERS_COURT_SMTP_TO", "court@court.test"),
			Map.entry("SPO_PARTNERS_MARAC_ENDPOINT", "http://127.0.0.1:9/marac"),
			Map.entry("SPO_PARTNERS_MARAC_SIGNING_KEY", "it-marac"),
			Map.entry("SPO_PARTNERS_HOUSING_ENDPOINT", "http://127.0.0.1:9/housing"),
			Map.entry("SPO_PARTNERS_HOUSING_SIGNING_KEY", "it-housing"),
			Map.entry("SPO_PARTNERS_ADVOCACY_ENDPOINT", "http://127.0.0.1:9/advocacy"),
			Map.entry("SPO_PARTNERS_ADVOCACY_SIGNING_KEY", "it-advocacy"));

	@Test
	void mysqlProfileRunsWithTheReadmeCommandAgainstAFreshSchema(@TempDir Path folder) throws Exception {
		TestDatabase.Schema schema = TestDatabase.newSchema();
		int port = RunningJar.freePort();
		String adminPassword = "It-" + UUID.randomUUID();
		String block = Readme.block("running the jar on the mysql profile", b -> b.contains("java -jar"));
		String command = Readme.replace(block, "jdbc:mysql://db-host:3306/spo", schema.url());
		command = Readme.replace(command, "SPO_DB_USER=spo", "SPO_DB_USER='" + schema.user() + "'");
		command = Readme.replace(command, "SPO_DB_PASSWORD=...", "SPO_DB_PASSWORD='" + schema.password() + "'");
		command = Readme.replace(command, "SPO_ADMIN_PASSWORD=...", "SPO_ADMIN_PASSWORD='" + adminPassword + "'");
		command = Readme.replace(command, "java -jar target/spo-case-system-*.jar",
				"exec java -jar '" + RunningJar.jar() + "' --server.port=" + port + NO_RATE_LIMIT);
		try (RunningJar app = new RunningJar(command, folder, PARTNERS, port)) {
			app.start();
			try {
				String officerPassword = "Officer-" + UUID.randomUUID();
				addTriageOfficer(app, "chief", adminPassword, officerPassword);
				String reference = post(app, report(1)).get("reference").asText();
				assertThat(triageTasks(app, "triage1", officerPassword)).contains(reference);
				Set<String> references = reportsFromConcurrentClients(app);
				references.add(reference);
				assertThat(runningCases(app, "chief", adminPassword)).containsAll(references);

				app.stop();
				app.start();
				assertThat(runningCases(app, "chief", adminPassword)).containsAll(references);
				assertThat(get(app, "/api/cases/" + reference, "chief", adminPassword).statusCode()).isEqualTo(200);
				assertThat(app.logText()).doesNotContain("Connection is not available");
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(e.getMessage() + app.logTail(), e);
			}
		}
	}

	/** Runs the README's "post a report" block as written, against this application. */
	private String readmeReportBecomesATriageTask(RunningJar app) throws Exception {
		String block = Readme.block("posting a report", b -> b.contains("curl") && b.contains("/api/reports"));
		String output = bash(Readme.replace(block, "http://localhost:8080", app.baseUrl()));
		assertThat(output).contains("HTTP/1.1 201");
		Matcher reference = REFERENCE.matcher(output);
		assertThat(reference.find()).as("a reference in the answer:\n%s", output).isTrue();
		String tasks = output.substring(output.indexOf("nextSteps"));
		assertThat(tasks).as("the triage officer's tasks").contains("Task_ConfirmDetails").contains(reference.group());
		return reference.group();
	}

	private Set<String> reportsFromConcurrentClients(RunningJar app) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			long started = System.nanoTime();
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < REPORTS; i++) {
				String body = report(i);
				answers.add(clients.submit(() -> http.send(reportRequest(app, body), HttpResponse.BodyHandlers.ofString())));
			}
			Set<String> references = new HashSet<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as("report answer %s", response.body()).isEqualTo(201);
				references.add(json.readTree(response.body()).get("reference").asText());
			}
			assertThat(references).as("distinct references").hasSize(REPORTS);
			// a figure for the record (target/failsafe-reports), not a pass mark: speed belongs to the benchmarks
			System.out.printf("%d reports from %d clients in %.1f s on %s%n", REPORTS, CLIENTS,
					(System.nanoTime() - started) / 1e9, app.baseUrl());
			return references;
		}
		finally {
			clients.shutdownNow();
		}
	}

	private Set<String> runningCases(RunningJar app, String user, String password) throws Exception {
		HttpResponse<String> response = get(app,
				"/engine-rest/process-instance?processDefinitionKey=stalkingCase&maxResults=100000", user, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Set<String> keys = new HashSet<>();
		json.readTree(response.body()).forEach(instance -> keys.add(instance.get("businessKey").asText()));
		return keys;
	}

	private String triageTasks(RunningJar app, String user, String password) throws Exception {
		HttpResponse<String> response = get(app, "/engine-rest/task?candidateGroup=triage-officers", user, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** The mysql profile has no demo users: the administrator adds a triage officer of the north unit. */
	private void addTriageOfficer(RunningJar app, String admin, String adminPassword, String password) throws Exception {
		String user = """
				{"profile": {"id": "triage1", "firstName": "Triage", "lastName": "Officer"},
				 "credentials": {"password": "%s"}}""".formatted(password);
		assertThat(send(app, "POST", "/engine-rest/user/create", user, admin, adminPassword).statusCode()).isEqualTo(204);
		for (String group : List.of("triage-officers", "unit-north")) {
			assertThat(send(app, "PUT", "/engine-rest/group/" + group + "/members/triage1", "", admin, adminPassword)
				.statusCode()).isEqualTo(204);
		}
	}

	private JsonNode post(RunningJar app, String report) throws Exception {
		HttpResponse<String> response = http.send(reportRequest(app, report), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private static HttpRequest reportRequest(RunningJar app, String body) {
		return HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/reports"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String report(int n) {
		return """
				{"reporterType": "VICTIM", "relationship": "EX_PARTNER",
				 "victim": {"name": "Load Test %d", "phone": "07700 900%03d",
				            "safeContact": {"method": "PHONE", "voicemailSafe": false}},
				 "incidents": [{"occurredOn": "2026-10-01", "behaviour": "FOLLOWING", "description": "followed home"}]}"""
			.formatted(n, n % 1000);
	}

	private HttpResponse<String> get(RunningJar app, String path, String user, String password) throws Exception {
		return send(app, "GET", path, null, user, password);
	}

	private HttpResponse<String> send(RunningJar app, String method, String path, String body, String user,
			String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String bash(String script) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as("the README block failed:\n%s\n%s", script, output).isZero();
		return output;
	}

}
