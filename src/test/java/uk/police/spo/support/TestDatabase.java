package uk.police.spo.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * The real MySQL-compatible database the integration tests run on. With a Docker engine: a MySQL 8.4 container.
 * Without one: the server named by SPO_TEST_DB_URL (default the local server on 127.0.0.1:3306, MariaDB 10.11 on
 * our machines). Each test run gets fresh schemas, dropped when the JVM ends. If neither can be reached the tests
 * fail with a message saying how to provide one; they never skip.
 */
public final class TestDatabase {

	private static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";

	private static Server server;

	private TestDatabase() {
	}

	public record Schema(String url, String user, String password) {
	}

	private record Server(String baseUrl, String user, String password) {
	}

	/** A new, empty schema on the test server. */
	public static synchronized Schema newSchema() {
		Server s = server();
		String name = "spo_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
		execute(s, "create database " + name + " character set utf8mb4 collate utf8mb4_bin");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(s, name)));
		return new Schema(s.baseUrl() + name, s.user(), s.password());
	}

	/** The schema of this name, made if missing and kept when the JVM ends (for measurements run twice). */
	public static synchronized Schema keptSchema(String name) {
		if (!name.matches("[a-z0-9_]{1,60}")) {
			throw new IllegalArgumentException("A schema name is lower-case letters, digits and _");
		}
		Server s = server();
		execute(s, "create database if not exists " + name + " character set utf8mb4 collate utf8mb4_bin");
		return new Schema(s.baseUrl() + name, s.user(), s.password());
	}

	private static Server server() {
		if (server == null) {
			server = dockerAvailable() ? startContainer() : localServer();
		}
		return server;
	}

	private static boolean dockerAvailable() {
		try {
			return System.getenv("SPO_TEST_DB_URL") == null && DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException noDocker) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Server startContainer() {
		MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
		mysql.start();
		return new Server(baseUrl(mysql.getJdbcUrl()), "root", "test");
	}

	private static Server localServer() {
		String url = System.getenv().getOrDefault("SPO_TEST_DB_URL", DEFAULT_SERVER);
		Server local = new Server(baseUrl(url), System.getenv().getOrDefault("SPO_TEST_DB_USER", "root"),
				System.getenv().getOrDefault("SPO_TEST_DB_PASSWORD", ""));
		try (Connection ignored = connect(local)) {
			return local;
		}
		catch (SQLException e) {
			throw new IllegalStateException("""
					No MySQL-compatible database for the tests. Either start a Docker engine (Testcontainers then runs \
					MySQL 8.4), or run MySQL 8 / MariaDB 10.11 and point SPO_TEST_DB_URL (default %s), SPO_TEST_DB_USER \
					(default root) and SPO_TEST_DB_PASSWORD at it; the user must be allowed to create databases. \
					On Debian: apt-get install mariadb-server && service mariadb start. Cause: %s"""
				.formatted(DEFAULT_SERVER, e.getMessage()), e);
		}
	}

	/** The server part of a JDBC URL, ending in '/', without database or parameters. */
	static String baseUrl(String jdbcUrl) {
		int hostStart = jdbcUrl.indexOf("//") + 2;
		int pathStart = jdbcUrl.indexOf('/', hostStart);
		return (pathStart < 0 ? jdbcUrl.replaceFirst("\\?.*$", "") : jdbcUrl.substring(0, pathStart)) + "/";
	}

	private static Connection connect(Server s) throws SQLException {
		return DriverManager.getConnection(s.baseUrl() + "?connectTimeout=3000", s.user(), s.password());
	}

	private static void execute(Server s, String sql) {
		try (Connection connection = connect(s); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the test database: " + e.getMessage(), e);
		}
	}

	private static void dropQuietly(Server s, String name) {
		try (Connection connection = connect(s); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
		}
		catch (SQLException ignored) {
			// the JVM is ending; a schema left behind is dropped by the next .ci/run
		}
	}

}
