package uk.police.spo.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.spo.packaged.RunningJar;
import uk.police.spo.support.TestDatabase;

/**
 * The packaged jar on one database, measured item by item (issue 17): start-up and memory, intake beside the bare
 * engine, and on the MySQL-compatible server the referrals, the timers and the work queues at scale.
 */
final class ServerRun {

	/** The report API's per-address limit, lifted for the run: a load from one address would measure 429s. */
	static final String NO_RATE_LIMIT = " --spo.intake.rate-limit.capacity=100000000";

	/** The JVM options the README recommends for {@code java -jar} on a shared machine. */
	static final String RECOMMENDED_JVM_OPTIONS = "-Xmx320m -XX:+UseSerialGC";

	/** The C library's allocator arenas the README recommends (environment variable MALLOC_ARENA_MAX). */
	static final String RECOMMENDED_MALLOC_ARENAS = "2";

	/** The options the jar is started with: the recommended ones, or SPO_BENCH_JVM_OPTIONS to compare others. */
	private static final String JVM_OPTIONS = System.getenv()
		.getOrDefault("SPO_BENCH_JVM_OPTIONS", RECOMMENDED_JVM_OPTIONS);

	/** The allocator arenas the jar is started with: the recommended number, or MALLOC_ARENA_MAX's. */
	private static final String MALLOC_ARENAS = System.getenv()
		.getOrDefault("MALLOC_ARENA_MAX", RECOMMENDED_MALLOC_ARENAS);

	private static final String PASSWORD = "Bench-" + UUID.randomUUID();

	private static final Api.Login TRIAGE = new Api.Login("bench-triage", PASSWORD);

	private static final Api.Login TRIAGE_NORTH = new Api.Login("bench-north", PASSWORD);

	private static final Api.Login SUPERVISOR = new Api.Login("bench-supervisor", PASSWORD);

	private static final Api.Login INVESTIGATOR = new Api.Login("bench-investigator", PASSWORD);

	private static final Api.Login LEGAL = new Api.Login("bench-legal", PASSWORD);

	private static final Api.Login OFFENDER = new Api.Login("bench-offender", PASSWORD);

	private static final Api.Login BARE_OFFICER = new Api.Login("bench-bare", PASSWORD);

	private final Scale scale;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private RunningJar app;

	private Api api;

	private Api.Login admin;

	private BareEngine bare;

	private TestDatabase.Schema schema;

	private int seeded;

	ServerRun(Scale scale) {
		this.scale = scale;
	}

	Map<String, Object> mysql() throws Exception {
		return mysql(false);
	}

	/** Item 3 alone (the work queues at scale), without the timers item that seeds cases of its own. */
	Map<String, Object> mysqlQueues() throws Exception {
		return mysql(true);
	}

	/**
	 * The job executor's items alone (referrals, then timers beside as many not-due cases as the scale's first number
	 * of open cases), to measure a change to the job executor without the whole run.
	 */
	Map<String, Object> mysqlJobs() throws Exception {
		return mysql(Items.JOBS);
	}

	private enum Items {
		ALL, QUEUES, JOBS
	}

	private Map<String, Object> mysql(boolean queuesOnly) throws Exception {
		return mysql(queuesOnly ? Items.QUEUES : Items.ALL);
	}

	private Map<String, Object> mysql(Items items) throws Exception {
		// SPO_BENCH_SCHEMA: a schema name of one's own on a shared server (made if missing, kept; start it empty)
		String named = System.getenv("SPO_BENCH_SCHEMA");
		schema = named == null ? TestDatabase.newSchema() : TestDatabase.keptSchema(named);
		admin = new Api.Login("bench-admin", PASSWORD);
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try (PartnerReceiver partners = new PartnerReceiver()) {
			Map<String, String> environment = new HashMap<>(Map.of("SPRING_PROFILES_ACTIVE", "mysql", "SPO_DB_URL",
					schema.url(), "SPO_DB_USER", schema.user(), "SPO_DB_PASSWORD", schema.password(), "SPO_ADMIN_USER",
					admin.user(), "SPO_ADMIN_PASSWORD", admin.password(), "SPO_DATA_KEYS",
					"bench:" + Base64.getEncoder().encodeToString(key), "SPO_DATA_KEY_CURRENT", "bench"));
			// the court by HTTPS (its other transport, mail, would need a mail server): every partner is the receiver
			environment.put("SPO_PARTNERS_COURT_TRANSPORT", "HTTPS");
			for (String partner : List.of("court", "marac", "housing", "advocacy")) {
				String prefix = "SPO_PARTNERS_" + partner.toUpperCase() + "_";
				environment.put(prefix + "ENDPOINT", partners.endpoint(partner));
				environment.put(prefix + "SIGNING_KEY", "bench-" + partner);
			}
			try (Connection db = database()) {
				results.put("bufferPoolMb", count(db, "select @@innodb_buffer_pool_size") / (1024 * 1024));
			}
			start(environment);
			try {
				addUsers();
				if (items == Items.JOBS) {
					attempt("referrals", () -> referrals(partners));
					attempt("timers", this::timersBesideOpenCases);
				}
				if (items == Items.ALL) {
					attempt("intake", () -> intake(scale.intakeClients(), scale.intakeTime()));
					attempt("referrals", () -> referrals(partners));
					attempt("lifecycle", () -> results.put("lifecycle", new Lifecycle(api, Map.of(
							Lifecycle.Role.TRIAGE, TRIAGE_NORTH, Lifecycle.Role.INVESTIGATOR, INVESTIGATOR,
							Lifecycle.Role.LEGAL, LEGAL, Lifecycle.Role.OFFENDER, OFFENDER, Lifecycle.Role.SUPERVISOR,
							SUPERVISOR), admin).run(scale.quick() ? 1 : 4, scale.quick() ? 2 : 24)));
				}
				if (items != Items.JOBS) {
					attempt("workQueues", () -> atScale(items == Items.ALL));
				}
				results.put("peakResidentMb", Memory.peakMb(app.pid()));
				attempt("restart", this::restart);
			}
			finally {
				stop("mysql");
			}
		}
		return results;
	}

	@FunctionalInterface
	private interface Item {

		void run() throws Exception;

	}

	/**
	 * Runs one item; if it fails, the results say so under {@code errors} and the run goes on with the next (the
	 * suite then ends with a non-zero status, see {@link BenchmarkSuite}).
	 */
	private void attempt(String item, Item work) {
		try {
			work.run();
			residentAfter(item);
		}
		catch (Exception | AssertionError e) {
			e.printStackTrace();
			@SuppressWarnings("unchecked")
			Map<String, Object> errors = (Map<String, Object>) results.computeIfAbsent("errors", k -> new LinkedHashMap<>());
			errors.put(item, e.toString());
		}
	}

	/**
	 * The resident memory after each item, the peak so far and the heap left alive (after a full collection, which
	 * the next item then starts from): which item made the peak, and how much of it the heap needed (issue 17).
	 */
	private void residentAfter(String item) throws Exception {
		if (app == null) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> after = (Map<String, Object>) results.computeIfAbsent("residentMbAfterItem",
				k -> new LinkedHashMap<>());
		after.put(item, Map.of("residentMb", Memory.residentMb(app.pid()), "peakMb", Memory.peakMb(app.pid()),
				"liveHeapMb", Memory.liveHeapMb(app.pid())));
	}

	/**
	 * A connection of the suite's own to the run's schema, outside the application: batches sent as one statement,
	 * timestamps at second precision (as the engine writes them), and transactions the caller commits.
	 */
	private Connection database() throws SQLException {
		Connection db = DriverManager.getConnection(schema.url()
				+ "?rewriteBatchedStatements=true&sendFractionalSeconds=false", schema.user(), schema.password());
		db.setAutoCommit(false);
		return db;
	}

	/** Items 3 and 4 (unless left out), on cases seeded in bulk. */
	private void atScale(boolean withTimers) throws Exception {
		try (Connection db = database()) {
			CaseCloner cloner = new CaseCloner(db);
			List<CaseCloner.Template> cases = templates(cloner);
			List<CaseCloner.Template> bareCases = List.of(cloner.template(bareTemplate()));
			List<Map<String, Object>> queues = new ArrayList<>();
			results.put("workQueues", queues);
			if (withTimers) {
				attempt("timers", () -> timers(db, cloner, cases, bareCases));
			}
			for (int openCases : scale.openCases()) {
				queues.add(queues(db, cloner, cases, bareCases, openCases));
				residentAfter("queues at " + openCases + " open cases");
			}
		}
	}

	private void timersBesideOpenCases() throws Exception {
		try (Connection db = database()) {
			CaseCloner cloner = new CaseCloner(db);
			List<CaseCloner.Template> cases = templates(cloner);
			List<CaseCloner.Template> bareCases = List.of(cloner.template(bareTemplate()));
			seed(cloner, cases, scale.openCases()[0], false);
			seed(cloner, bareCases, scale.openCases()[0], true);
			try (Statement analyze = db.createStatement()) {
				analyze.execute("analyze table ACT_RU_JOB, ACT_RU_EXECUTION");
			}
			db.commit();
			results.put("openCasesBeside", scale.openCases()[0]);
			results.put("jobsBeside", count(db, "select count(*) from ACT_RU_JOB"));
			timers(db, cloner, cases, bareCases);
		}
	}

	Map<String, Object> embedded(int[] clients) throws Exception {
		admin = new Api.Login("admin", "demo");
		start(Map.of());
		try {
			attempt("intake", () -> intake(clients, scale.h2IntakeTime()));
			results.put("peakResidentMb", Memory.peakMb(app.pid()));
		}
		finally {
			stop("h2");
		}
		return results;
	}

	/** Stops the application and keeps its log beside the results. */
	private void stop(String name) throws Exception {
		app.stop();
		Files.writeString(Path.of("target", "bench", name + "-application.log"), app.logText());
	}

	private void start(Map<String, String> environment) throws Exception {
		int port = RunningJar.freePort();
		Path folder = Files.createTempDirectory("spo-bench-");
		// as the README recommends: without a heap cap the JVM may take a quarter of the machine
		Map<String, String> recommended = new HashMap<>(environment);
		recommended.put("MALLOC_ARENA_MAX", MALLOC_ARENAS);
		results.put("jvmOptions", JVM_OPTIONS);
		results.put("mallocArenaMax", MALLOC_ARENAS);
		app = new RunningJar("exec java " + JVM_OPTIONS + " -jar '" + RunningJar.jar() + "' --server.port=" + port
				+ NO_RATE_LIMIT, folder, recommended, port);
		long started = System.nanoTime();
		app.start();
		results.put("startSeconds", Latencies.round((System.nanoTime() - started) / 1e9));
		Thread.sleep(5000);
		results.put("residentAfterStartMb", Memory.residentMb(app.pid()));
		api = new Api(app.baseUrl());
		bare = new BareEngine(api, admin);
		bare.deploy();
	}

	/**
	 * Item 7's start-up again, as a deployment or a crash restarts it: the same jar on the schema the run filled (the
	 * first start also created the schema), with the cases and process instances the run left (those seeded for the
	 * work queues included).
	 */
	private void restart() throws Exception {
		app.stop();
		long started = System.nanoTime();
		app.start();
		results.put("restartSeconds", Latencies.round((System.nanoTime() - started) / 1e9));
		try (Connection db = database()) {
			results.put("casesAtRestart", count(db, "select count(*) from case_file"));
			results.put("processInstancesAtRestart", count(db, "select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"));
		}
	}

	/** Officers and a supervisor of the units, made by the administrator through engine REST. */
	private void addUsers() throws Exception {
		api.json(api.post("/engine-rest/group/create",
				"{\"id\": \"" + BareEngine.GROUP + "\", \"name\": \"Bench officers\", \"type\": \"WORKFLOW\"}", admin), 204);
		addUser(TRIAGE, "triage-officers", "unit-north", "unit-south");
		addUser(TRIAGE_NORTH, "triage-officers", "unit-north");
		addUser(SUPERVISOR, "supervisors", "unit-north");
		addUser(INVESTIGATOR, "investigators", "unit-north");
		addUser(LEGAL, "legal-advisers", "unit-north");
		addUser(OFFENDER, "offender-managers", "unit-north");
		// a staff role lets them through to engine REST; no unit group, so no project task is theirs
		addUser(BARE_OFFICER, BareEngine.GROUP, "triage-officers");
		// the bare engine's officers read its tasks through one grant (the project grants each task to its unit)
		api.json(api.post("/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"READ\"], "
				+ "\"groupId\": \"" + BareEngine.GROUP + "\", \"resourceType\": 7, \"resourceId\": \"*\"}", admin), 200);
	}

	private void addUser(Api.Login login, String... groups) throws Exception {
		api.json(api.post("/engine-rest/user/create", """
				{"profile": {"id": "%s", "firstName": "Bench", "lastName": "User"}, "credentials": {"password": "%s"}}"""
			.formatted(login.user(), login.password()), admin), 204);
		for (String group : groups) {
			api.json(api.put("/engine-rest/group/" + group + "/members/" + login.user(), "", admin), 204);
		}
	}

	/** Item 1: reports per second and latency at each client count, and the bare engine's starts beside them. */
	private void intake(int[] clientCounts, Duration time) throws Exception {
		SyntheticReports reports = new SyntheticReports(17);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int clients : clientCounts) {
			ClosedLoop.Outcome project = ClosedLoop.run(clients, scale.intakeWarmUp(), time,
					(client, n) -> api.post("/api/reports", reports.next(), null).statusCode() == 201);
			ClosedLoop.Outcome engine = ClosedLoop.run(clients, scale.intakeWarmUp(), time, (client, n) -> bare.start());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("clients", clients);
			row.put("reports", project.toMap());
			row.put("bareEngineStarts", engine.toMap());
			row.put("ratioToBareEngine", engine.perSecond() == 0 ? null
					: Math.round(project.perSecond() / engine.perSecond() * 100) / 100.0);
			rows.add(row);
			System.out.printf("intake %2d clients: %.1f reports/s p95 %.0f ms | bare %.1f/s p95 %.0f ms (load %.1f)%n",
					clients, project.perSecond(), project.latencies().percentileMillis(95), engine.perSecond(),
					engine.latencies().percentileMillis(95), Memory.loadAverage());
		}
		results.put("intake", rows);
	}

	private static String plainReport(String name) {
		return """
				{"reporterType": "VICTIM", "relationship": "EX_PARTNER", "consentToPartnerReferral": true,
				 "victim": {"name": "%s", "phone": "07700 900123", "safeContact": {"method": "PHONE", "voicemailSafe": false}},
				 "suspect": {"name": "Bench Suspect %s"},
				 "incidents": [{"occurredOn": "2026-10-01", "behaviour": "FOLLOWING", "description": "followed home"}]}"""
			.formatted(name, UUID.randomUUID());
	}

	private String report(String body) throws Exception {
		return api.json(api.post("/api/reports", body, null), 201).path("reference").asText();
	}

	/**
	 * Item 6: cases worked to the risk screening; the screening scores them high risk, so each refers the case to
	 * MARAC, sent by the asynchronous step after it. From each screening's completion (engine REST's answer) to
	 * MARAC's receipt, all screenings completed as fast as 8 officers can.
	 */
	private void referrals(PartnerReceiver partners) throws Exception {
		RestTaskWorker worker = new RestTaskWorker(api, TRIAGE);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < scale.referralCases(); i++) {
			references.add(report(plainReport("Referral Victim")));
		}
		ExecutorService officers = Executors.newFixedThreadPool(8);
		try {
			each(officers, references, reference -> {
				worker.complete(reference, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE"));
				worker.complete(reference, "Task_ClassifyConduct", CaseAnswers.CLASSIFIED_AS_STALKING);
			});
			Map<String, Long> completed = new ConcurrentHashMap<>();
			each(officers, references, reference -> {
				worker.complete(reference, "Task_ScreenRisk", CaseAnswers.SCREENED_HIGH_RISK);
				completed.put(reference, System.nanoTime());
			});
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (references.stream().anyMatch(r -> partners.receivedAt("marac", r) == null)
					&& System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			Map<String, Long> received = new HashMap<>();
			references.forEach(reference -> {
				Long at = partners.receivedAt("marac", reference);
				if (at != null) {
					received.put(reference, at);
				}
			});
			Map<String, Object> referrals = delays(completed, received, 1, "received", "deliveriesPerSecond");
			referrals.put("bareEngine", bareReferrals(officers, references.size()));
			results.put("referrals", referrals);
			System.out.printf("referrals: %s of %d received, p95 %s ms, %s deliveries/s%n", referrals.get("received"),
					references.size(), referrals.get("p95Ms"), referrals.get("deliveriesPerSecond"));
		}
		finally {
			officers.shutdownNow();
		}
	}

	/**
	 * The referrals' baseline, the same burst on the bare engine: as many user tasks completed by as many officers,
	 * each followed by an asynchronous step of no work, timed from the completion to the end of its job.
	 */
	private Map<String, Object> bareReferrals(ExecutorService officers, int count) throws Exception {
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			instances.add(bare.startReferral());
		}
		Map<String, Long> completed = new ConcurrentHashMap<>();
		each(officers, instances, instance -> completed.put(instance, bare.completeScreening(instance)));
		Map<String, Long> ended = new HashMap<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (ended.size() < instances.size() && System.nanoTime() < deadline) {
			for (String instance : instances) {
				if (!ended.containsKey(instance)) {
					Long end = bare.endedAt(instance);
					if (end != null) {
						ended.put(instance, end);
					}
				}
			}
			Thread.sleep(50);
		}
		return delays(completed, ended, 1_000_000L, "ended", "jobsPerSecond");
	}

	/**
	 * From each start to its arrival, both in {@code nanosPerUnit} units of one clock (0 when an arrival was seen
	 * before its start was recorded): the latencies, how many arrived (under {@code arrivedKey}), and arrivals per
	 * second from the first start to the last arrival or start (under {@code rateKey}).
	 */
	private static Map<String, Object> delays(Map<String, Long> started, Map<String, Long> arrived, long nanosPerUnit,
			String arrivedKey, String rateKey) {
		Latencies latencies = new Latencies();
		arrived.forEach((key, at) -> latencies.add(Math.max(0, at - started.get(key)) * nanosPerUnit));
		Map<String, Object> summary = new LinkedHashMap<>(latencies.summary());
		summary.put("cases", started.size());
		summary.put(arrivedKey, arrived.size());
		long first = started.values().stream().mapToLong(Long::longValue).min().orElse(0);
		// an arrival may be seen before its start was recorded (the bare engine's job ended before engine REST's answer
		// reached the client): the span ends no earlier than the last start
		long last = Math.max(arrived.values().stream().mapToLong(Long::longValue).max().orElse(0),
				started.values().stream().mapToLong(Long::longValue).max().orElse(0));
		summary.put(rateKey, Latencies.round(arrived.size() / ((last - first) * nanosPerUnit / 1e9)));
		return summary;
	}

	@FunctionalInterface
	private interface CaseWork {

		void on(String reference) throws Exception;

	}

	private static void each(ExecutorService pool, List<String> references, CaseWork work) throws Exception {
		List<Future<?>> done = new ArrayList<>();
		for (String reference : references) {
			done.add(pool.submit(() -> {
				work.on(reference);
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
	}

	/** Two fresh cases waiting for triage, one of each unit, to copy. */
	private List<CaseCloner.Template> templates(CaseCloner cloner) throws Exception {
		List<CaseCloner.Template> templates = new ArrayList<>();
		for (String address : List.of("12 High Street, Stevenage SG1 1AA", "9 Church Lane, St Albans AL1 3AA")) {
			String body = plainReport("Seeded Victim").replace("\"phone\"", "\"address\": \"" + address + "\", \"phone\"");
			String reference = report(body);
			new RestTaskWorker(api, TRIAGE).awaitTask(reference, "Task_ConfirmDetails");
			templates.add(cloner.template(reference));
		}
		return templates;
	}

	private String bareTemplate() throws Exception {
		String businessKey = "BENCH-TEMPLATE-" + UUID.randomUUID();
		api.json(api.post("/engine-rest/process-definition/key/" + BareEngine.CASE_PROCESS + "/start",
				"{\"businessKey\": \"" + businessKey + "\"}", admin), 200);
		return businessKey;
	}

	private List<String> seed(CaseCloner cloner, List<CaseCloner.Template> templates, int count, boolean bareCases)
			throws Exception {
		if (count <= 0) {
			return List.of();
		}
		// references of a year no real report of this run has, so they never meet the counter's
		List<String> jobs = cloner.copy(templates, seeded, count, bareCases ? "BENCH-" : "SH-2025-");
		seeded += count;
		return jobs;
	}

	private static long count(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			long value = result.getLong(1);
			db.commit();
			return value;
		}
	}

	private static long openInstances(Connection db, String processKey) throws Exception {
		return count(db, "select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
				+ "where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = '" + processKey + "'");
	}

	/**
	 * Item 3: cases seeded up to {@code openCases} open ones (and as many bare instances), then an officer's task
	 * list (engine REST, candidate group, first 50), their work queue ({@code /api/work}), and the dashboard of a
	 * unit's supervisor and of the administrator (every unit), each timed one request after another.
	 */
	private Map<String, Object> queues(Connection db, CaseCloner cloner, List<CaseCloner.Template> cases,
			List<CaseCloner.Template> bareCases, int openCases) throws Exception {
		long seedStart = System.nanoTime();
		seed(cloner, cases, (int) (openCases - openInstances(db, "stalkingCase")), false);
		seed(cloner, bareCases, (int) (openCases - openInstances(db, BareEngine.CASE_PROCESS)), true);
		try (Statement analyze = db.createStatement()) {
			analyze.execute("analyze table ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, "
					+ "ACT_RU_VARIABLE, ACT_RU_JOB, case_file, case_person, case_incident, case_timeline_entry, work_item");
		}
		db.commit();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("openCases", openInstances(db, "stalkingCase"));
		row.put("openTasks", count(db, "select count(*) from ACT_RU_TASK"));
		row.put("seedSeconds", Latencies.round((System.nanoTime() - seedStart) / 1e9));
		row.put("taskList", timed("/engine-rest/task?candidateGroup=triage-officers&firstResult=0&maxResults=50",
				TRIAGE_NORTH));
		row.put("tasklistFilter", timed(landingFilter(TRIAGE_NORTH, "Triage: my unit's tasks")));
		row.put("queuedTasks", count(db, "select count(*) from work_item where queue_key = '*'"));
		row.put("workQueue", timed("/api/work", TRIAGE_NORTH));
		// sorted by the case's risk, which the case tables hold: every task of the queue is joined to its case
		row.put("workQueueByRisk", timed("/api/work?sort=risk", TRIAGE_NORTH));
		row.put("workQueueDueWithinWeekPage4", timed("/api/work?due=week&page=3", TRIAGE_NORTH));
		row.put("dashboard", timed("/dashboard", SUPERVISOR));
		row.put("dashboardEveryUnit", timed("/dashboard", admin));
		row.put("bareEngineTaskList", timed("/engine-rest/task?candidateGroup=" + BareEngine.GROUP
				+ "&firstResult=0&maxResults=50", BARE_OFFICER));
		endAbandonedQueries(db);
		System.out.printf("queues at %s open cases: %s (load %.1f)%n", row.get("openCases"), row, Memory.loadAverage());
		return row;
	}

	/**
	 * What Tasklist asks when an officer opens their landing filter: its first page (15 tasks) and its count, which
	 * the filter list beside it shows.
	 */
	private Request landingFilter(Api.Login officer, String name) throws Exception {
		JsonNode filters = api.json(api.get("/engine-rest/filter?resourceType=Task&name="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8), officer), 200);
		String list = "/engine-rest/filter/" + filters.get(0).path("id").asText() + "/list?firstResult=0&maxResults=15";
		String count = "/engine-rest/filter/" + filters.get(0).path("id").asText() + "/count";
		return () -> {
			HttpResponse<String> page = api.post(list, "{}", officer);
			return page.statusCode() == 200 ? api.post(count, "{}", officer) : page;
		};
	}

	/**
	 * A request the suite stopped waiting for leaves its query running in the database server, where it would load
	 * every later item of the run (the embedded run's intake among them): ended here.
	 */
	private static void endAbandonedQueries(Connection db) throws Exception {
		List<Long> running = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(
				"select id from information_schema.processlist where db = database() and id <> connection_id() "
						+ "and command = 'Query'")) {
			while (result.next()) {
				running.add(result.getLong(1));
			}
		}
		for (long id : running) {
			try (Statement kill = db.createStatement()) {
				kill.execute("kill query " + id);
			}
		}
		db.commit();
	}

	/**
	 * Requests one after another, 2 to warm up then the scale's number, or fewer in its time limit; a request not
	 * answered within a minute counts as failed and ends the series.
	 */
	private Map<String, Object> timed(String path, Api.Login login) {
		return timed(() -> api.get(path, login));
	}

	/** One request, or several in turn that together are one thing a user waits for; the last one's answer. */
	private interface Request {

		HttpResponse<String> send() throws Exception;

	}

	private Map<String, Object> timed(Request request) {
		Latencies latencies = new Latencies();
		int failed = 0;
		String failure = null;
		int answerBytes = 0;
		List<Double> warmUpMs = new ArrayList<>();
		long deadline = System.nanoTime() + scale.queueTimeLimit().toNanos();
		for (int i = 0; i < scale.queueSamples() + 2 && System.nanoTime() < deadline; i++) {
			long sent = System.nanoTime();
			try {
				var answer = request.send();
				if (i < 2) {
					warmUpMs.add(Latencies.round((System.nanoTime() - sent) / 1e6));
					continue;
				}
				if (answer.statusCode() == 200) {
					latencies.add(System.nanoTime() - sent);
					answerBytes = answer.body().length();
				}
				else {
					failed++;
					failure = answer.statusCode() + " " + answer.body();
				}
			}
			catch (Exception e) {
				failed++;
				failure = e.toString();
				break;
			}
		}
		Map<String, Object> summary = latencies.summary();
		summary.put("failed", failed);
		// when the warm-up requests alone use up the time limit, no sample is timed: they say how slow it was
		summary.put("warmUpMs", warmUpMs);
		// what was answered, to see that a queue was not timed empty
		summary.put("answerCharacters", answerBytes);
		if (failure != null) {
			summary.put("lastFailure", failure.substring(0, Math.min(300, failure.length())));
		}
		return summary;
	}

	/**
	 * Item 4: {@code timers} seeded cases whose triage deadline timer is made due at once (and as many bare
	 * instances' timers); the time until the job executor has fired them all, or how many it fired in the time
	 * allowed.
	 */
	private void timers(Connection db, CaseCloner cloner, List<CaseCloner.Template> cases,
			List<CaseCloner.Template> bareCases) throws Exception {
		try (Statement statement = db.createStatement()) {
			statement.execute("create table if not exists bench_due_job (id varchar(64) not null primary key)");
		}
		Map<String, Object> timers = new LinkedHashMap<>();
		timers.put("timers", scale.timers());
		timers.put("project", fire(db, seed(cloner, cases, scale.timers(), false)));
		timers.put("bareEngine", fire(db, seed(cloner, bareCases, scale.timers(), true)));
		results.put("timers", timers);
		System.out.printf("timers: %s (load %.1f)%n", timers, Memory.loadAverage());
	}

	private Map<String, Object> fire(Connection db, List<String> jobs) throws Exception {
		try (Statement statement = db.createStatement()) {
			statement.execute("delete from bench_due_job");
		}
		try (PreparedStatement insert = db.prepareStatement("insert into bench_due_job (id) values (?)")) {
			for (String job : jobs) {
				insert.setString(1, job);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement due = db.prepareStatement(
				"update ACT_RU_JOB j join bench_due_job b on b.id = j.ID_ set j.DUEDATE_ = ? where j.TYPE_ = 'timer'")) {
			due.setTimestamp(1, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)));
			due.executeUpdate();
		}
		db.commit();
		long due = System.nanoTime();
		String left = "select count(*) from ACT_RU_JOB j join bench_due_job b on b.id = j.ID_";
		long total = count(db, left);
		long firstFired = 0;
		long remaining = total;
		long failed = 0;
		long deadline = due + scale.timerLimit().toNanos();
		while (System.nanoTime() < deadline) {
			remaining = count(db, left);
			failed = count(db, left + " where j.RETRIES_ = 0");
			if (firstFired == 0 && remaining < total) {
				firstFired = System.nanoTime();
			}
			if (remaining <= failed) {
				break;
			}
			Thread.sleep(200);
		}
		long end = System.nanoTime();
		// those not fired in the time allowed are put off a day, so they compete with nothing measured after
		try (PreparedStatement later = db.prepareStatement(
				"update ACT_RU_JOB j join bench_due_job b on b.id = j.ID_ set j.DUEDATE_ = ? where j.TYPE_ = 'timer'")) {
			later.setTimestamp(1, Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
			later.executeUpdate();
		}
		db.commit();
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("due", total);
		outcome.put("fired", total - remaining);
		outcome.put("failed", failed);
		outcome.put("secondsUntilAllFired", Latencies.round((end - due) / 1e9));
		outcome.put("secondsFromFirstToLast", firstFired == 0 ? null : Latencies.round((end - firstFired) / 1e9));
		outcome.put("firedPerSecond",
				firstFired == 0 ? null : Latencies.round((total - remaining) / ((end - firstFired) / 1e9)));
		return outcome;
	}

}
