package uk.police.spo.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The repackaged jar, started as users start it: a separate Java process, its output in a log file of its own.
 * The command is given whole (as the README gives it) and run by bash, so environment assignments in front of
 * {@code java -jar} work as they do in a terminal.
 */
public final class RunningJar implements AutoCloseable {

	private static final Duration START_LIMIT = Duration.ofMinutes(4);

	private final String command;

	private final Path workingDirectory;

	private final Map<String, String> environment;

	private final Path log;

	public final int port;

	private Process process;

	private int starts;

	public RunningJar(String command, Path workingDirectory, Map<String, String> environment, int port) throws IOException {
		this.command = command;
		this.workingDirectory = workingDirectory;
		this.environment = environment;
		this.port = port;
		this.log = Files.createTempFile("spo-jar-", ".log");
	}

	/** The repackaged jar of this build, by absolute path. */
	public static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("spo-case-system-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"))
				.toAbsolutePath();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Starts the application and waits until its health answers UP. */
	public RunningJar start() throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		starts++;
		Files.writeString(log, "%n==== start %d ====%n".formatted(starts), java.nio.file.StandardOpenOption.APPEND);
		process = builder.start();
		awaitHealthy();
		return this;
	}

	private void awaitHealthy() throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(START_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("The application stopped while starting (exit " + process.exitValue() + ")"
						+ logTail());
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not answer health UP within " + START_LIMIT + logTail());
	}

	/** The operating system's id of the started process (the JVM: the command ends in {@code exec java}). */
	public long pid() {
		return process.pid();
	}

	/** Stops the application as a service manager does (SIGTERM) and waits for it to end. */
	public void stop() throws InterruptedException {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Kills the application as a power cut or the kernel's OOM killer does (SIGKILL): no shutdown hook runs. */
	public void kill() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	public String logText() {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The end of the application's log, for a failure message. */
	public String logTail() {
		List<String> lines = new ArrayList<>(logText().lines().toList());
		return "\n---- application log, last lines (" + log + ") ----\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
