package uk.police.spo.packaged.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.police.spo.packaged.RunningJar;

/**
 * A MariaDB server of the fault suite's own, in a temporary folder on a free port, so that the suite may stop it
 * (the database outage) without touching the machine's server that other tests use. Made with
 * {@code mariadb-install-db} and run as {@code mariadbd --no-defaults} (no system my.cnf), root without a password
 * over TCP on 127.0.0.1; the application connects as user {@code spo} with a password, as in production.
 */
final class PrivateDatabase implements AutoCloseable {

	static final String USER = "spo";

	static final String PASSWORD = "Faults-" + Long.toHexString(System.nanoTime());

	private final Path folder;

	final int port;

	private Process server;

	private int schemas;

	private PrivateDatabase(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Installs the system tables into a new folder and starts the server; a few seconds. */
	static PrivateDatabase start() throws IOException, InterruptedException, SQLException {
		Path folder = Files.createTempDirectory("spo-faults-db-");
		run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + folder.resolve("data"),
				"--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name")),
				folder.resolve("install.log"));
		PrivateDatabase database = new PrivateDatabase(folder, RunningJar.freePort());
		database.startServer();
		try (Connection root = database.root(""); Statement sql = root.createStatement()) {
			sql.execute("create user '" + USER + "'@'127.0.0.1' identified by '" + PASSWORD + "'");
			sql.execute("grant all on *.* to '" + USER + "'@'127.0.0.1'");
		}
		return database;
	}

	/** Starts the server again on the same folder and port (after {@link #stop()}); waits until it answers. */
	void startServer() throws IOException, InterruptedException {
		server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + folder.resolve("data"),
				"--port=" + port, "--bind-address=127.0.0.1", "--socket=" + folder.resolve("sock"),
				"--pid-file=" + folder.resolve("pid"), "--user=" + System.getProperty("user.name"),
				"--max-connections=500", "--innodb-buffer-pool-size=256M", "--innodb-flush-log-at-trx-commit=1")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile()))
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			if (!server.isAlive()) {
				throw new IllegalStateException("mariadbd stopped at start: " + Files.readString(folder.resolve("server.log")));
			}
			try (Connection ignored = root("")) {
				return;
			}
			catch (SQLException notYet) {
				Thread.sleep(250);
			}
		}
		throw new IllegalStateException("mariadbd did not answer within 60 s");
	}

	/** The outage: the server shuts down (SIGTERM, as a service manager or a failover stops it) and is gone. */
	void stop() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * The other outage: the server hangs (SIGSTOP, as a stalled host, a full disk or a network partition leaves it):
	 * connections stay open and the port still accepts, but nothing is ever answered until {@link #thaw()}.
	 */
	void freeze() throws IOException, InterruptedException {
		signal("STOP");
	}

	void thaw() throws IOException, InterruptedException {
		signal("CONT");
	}

	private void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(server.pid())).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			throw new IllegalStateException("kill -" + name + " of mariadbd failed");
		}
	}

	/** A new empty schema for one application (or two nodes sharing it). */
	String newSchema() throws SQLException {
		String name = "spo_faults_" + (++schemas);
		try (Connection root = root(""); Statement sql = root.createStatement()) {
			sql.execute("create database " + name);
		}
		return name;
	}

	String url(String schema) {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + schema;
	}

	/** A connection as root to {@code schema} ("" for none), for the tests' own checks of rows and jobs. */
	Connection root(String schema) throws SQLException {
		return DriverManager.getConnection(url(schema) + "?connectTimeout=2000&sendFractionalSeconds=false", "root", "");
	}

	@Override
	public void close() throws InterruptedException, IOException {
		stop();
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static void run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
		}
	}

}
