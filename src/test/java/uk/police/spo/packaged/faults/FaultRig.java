package uk.police.spo.packaged.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.packaged.RunningJar;

/**
 * What every fault test stands on: the suite's own MariaDB server with a fresh schema, the simulated partners, and
 * packaged-jar nodes on the {@code mysql} profile with the environment production needs (administrator, data key,
 * every partner's endpoint). The report API's per-address rate limit is lifted, since every request comes from this
 * machine. Officers are added by the administrator through engine REST, as on a real installation.
 */
final class FaultRig implements AutoCloseable {

	static final String ADMIN = "chief";

	/** One officer of the north unit who triages, investigates and manages offenders, so one login works a case. */
	static final String OFFICER = "officer1";

	final String adminPassword = "Admin-" + UUID.randomUUID();

	final String officerPassword = "Officer-" + UUID.randomUUID();

	final PrivateDatabase database;

	final PartnerStub partners;

	final String schema;

	private final Path folder;

	private final String dataKey;

	private final List<RunningJar> nodes = new ArrayList<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final ObjectMapper json = new ObjectMapper();

	FaultRig(Path folder) throws Exception {
		this.folder = folder;
		this.database = PrivateDatabase.start();
		this.partners = new PartnerStub();
		this.schema = database.newSchema();
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.dataKey = "k1:" + Base64.getEncoder().encodeToString(key);
	}

	/** A node of the application (not started): the packaged jar with {@code -Xmx512m} and these extra arguments. */
	RunningJar node(String... arguments) throws IOException {
		int port = RunningJar.freePort();
		String command = "exec java -Xmx512m -jar '" + RunningJar.jar() + "' --server.port=" + port
				+ " --spo.intake.rate-limit.capacity=100000000 " + String.join(" ", arguments);
		Map<String, String> env = new HashMap<>(partners.environment());
		env.putAll(Map.of("SPRING_PROFILES_ACTIVE", "mysql", "SPO_DB_URL", database.url(schema), "SPO_DB_USER",
				PrivateDatabase.USER, "SPO_DB_PASSWORD", PrivateDatabase.PASSWORD, "SPO_ADMIN_USER", ADMIN,
				"SPO_ADMIN_PASSWORD", adminPassword, "SPO_DATA_KEYS", dataKey, "SPO_DATA_KEY_CURRENT", "k1"));
		RunningJar node = new RunningJar(command, folder, env, port);
		nodes.add(node);
		return node;
	}

	/** The administrator adds {@link #OFFICER} to the roles and the north unit. */
	void addOfficer(RunningJar node) throws Exception {
		String user = """
				{"profile": {"id": "%s", "firstName": "Fault", "lastName": "Officer"},
				 "credentials": {"password": "%s"}}""".formatted(OFFICER, officerPassword);
		assertThat(send(node, "POST", "/engine-rest/user/create", user, ADMIN, adminPassword).statusCode()).isEqualTo(204);
		for (String group : List.of("triage-officers", "investigators", "offender-managers", "unit-north")) {
			assertThat(send(node, "PUT", "/engine-rest/group/" + group + "/members/" + OFFICER, "", ADMIN, adminPassword)
				.statusCode()).isEqualTo(204);
		}
	}

	static String report(int n) {
		return """
				{"reporterType": "VICTIM", "relationship": "EX_PARTNER", "consentToPartnerReferral": true,
				 "victim": {"name": "Fault Test %d", "phone": "07700 900%03d",
				            "safeContact": {"method": "PHONE", "voicemailSafe": false}},
				 "suspect": {"name": "Suspect %d"},
				 "incidents": [{"occurredOn": "2026-10-01", "behaviour": "FOLLOWING", "description": "followed home"}]}"""
			.formatted(n, n % 1000, n);
	}

	/** {@code POST /api/reports}, with the key when not null. */
	HttpResponse<String> postReport(RunningJar node, String body, String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/reports"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(RunningJar node, String path, String user, String password)
			throws IOException, InterruptedException {
		return send(node, "GET", path, null, user, password);
	}

	HttpResponse<String> send(RunningJar node, String method, String path, String body, String user, String password)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.timeout(Duration.ofSeconds(60));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode read(HttpResponse<String> response) throws IOException {
		return json.readTree(response.body());
	}

	/** A single number from the schema, for the tests' checks of rows and jobs. */
	long count(String sql, Object... parameters) throws SQLException {
		try (Connection connection = database.root(schema); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Rows of two columns as a map (first column the key). */
	Map<String, String> pairs(String sql, Object... parameters) throws SQLException {
		try (Connection connection = database.root(schema); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			Map<String, String> result = new HashMap<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					result.put(rows.getString(1), rows.getString(2));
				}
			}
			return result;
		}
	}

	/**
	 * A change made behind the nodes' backs (timers made due), sent again when the server picks it as a deadlock's
	 * victim: a bulk update of the job table meets the nodes' job executors locking the same rows through the job
	 * table's indexes in another order (seen once in the clean-clone CI of 2026-12-03), and the server asks for the
	 * transaction to be restarted.
	 */
	int update(String sql, Object... parameters) throws SQLException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try (Connection connection = database.root(schema);
					PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				return statement.executeUpdate();
			}
			catch (SQLException e) {
				if (!"40001".equals(e.getSQLState()) || attempt == 5) {
					throw e;
				}
				Thread.sleep(200L * attempt);
			}
		}
	}

	/** Cases per reference and running {@code stalkingCase} instances per business key, in the schema. */
	Map<String, Long> casesPerReference() throws SQLException {
		Map<String, Long> result = new HashMap<>();
		pairs("select reference, count(*) from case_file group by reference")
			.forEach((reference, count) -> result.put(reference, Long.parseLong(count)));
		return result;
	}

	Map<String, Long> runningCaseProcessesPerReference() throws SQLException {
		Map<String, Long> result = new HashMap<>();
		pairs("select e.BUSINESS_KEY_, count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
				+ " where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'stalkingCase' group by e.BUSINESS_KEY_")
			.forEach((reference, count) -> result.put(reference, Long.parseLong(count)));
		return result;
	}

	/** Referral rows by status, and the referral send jobs still waiting. */
	/** The referrals a process decided to deliver, by idempotency key; offers awaiting the victim's answer are not. */
	Map<String, String> referralStatuses() throws SQLException {
		return pairs("select idempotency_key, status from referral where status not in ('OFFERED', 'DECLINED')");
	}

	/** Jobs that ran successfully more than once, by job id (ACT_HI_JOB_LOG, state 2 = successful). */
	Map<String, String> jobsRunMoreThanOnce() throws SQLException {
		return pairs("select JOB_ID_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 group by JOB_ID_ having count(*) > 1");
	}

	@Override
	public void close() throws Exception {
		for (RunningJar node : nodes) {
			node.kill();
		}
		partners.close();
		database.close();
	}

}
