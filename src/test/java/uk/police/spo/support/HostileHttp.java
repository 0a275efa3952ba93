package uk.police.spo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile requests over a real socket to the running application (java.net.http, and raw bytes where even that
 * client would refuse to send them), and the check every answer must pass: never a 5xx, a refusal is a problem
 * (RFC 9457) and no answer shows a stack trace or the server's internals.
 */
public final class HostileHttp {

	/** Words of a stack trace or of the server's internals, none of which an answer may contain. */
	private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at org.", "at java.",
			"at uk.police", "Tomcat", "\"trace\"", "SQL", "Hibernate", "ENGINE-");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public HostileHttp(int port) {
		this.port = port;
	}

	/** An answer as it came: status, Content-Type (empty when none) and body. */
	public record Answer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		/**
		 * Tomcat's own refusal of a request it cannot parse (an encoded NUL or slash in the path, a request line
		 * over its limit): its error page, written before the application sees the request.
		 */
		public boolean isContainerRefusal() {
			return status == 400 && contentType.startsWith("text/html") && text().contains("HTTP Status 400");
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			String text = text();
			return status + " " + contentType + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
		}

	}

	/** A request; {@code user} null for none, else logged in with password "demo". */
	public Answer send(String method, String pathAndQuery, String user, String contentType, byte[] body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Answer get(String pathAndQuery, String user) {
		return send("GET", pathAndQuery, user, null, null, Map.of());
	}

	public Answer post(String path, String user, String contentType, byte[] body) {
		return send("POST", path, user, contentType, body, Map.of());
	}

	/** A new case in the north unit, reported through the public API; its reference. */
	public String report() {
		Answer answer = post("/api/reports", null, "application/json", ("{\"reporterType\":\"VICTIM\",\"victim\":"
				+ "{\"address\":\"" + TestCases.NORTH_ADDRESS + "\",\"phone\":\"07700 900456\",\"safeContact\":"
				+ "{\"method\":\"PHONE\"}},\"incidents\":[{\"behaviour\":\"FOLLOWING\"}]}").getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		java.util.regex.Matcher reference = java.util.regex.Pattern.compile("SH-\\d{4}-\\d{6}").matcher(answer.text());
		assertThat(reference.find()).as(answer.toString()).isTrue();
		return reference.group();
	}

	/**
	 * Bytes written to the socket as they are: a request line with bytes no HTTP client would send, a declared length
	 * that lies, a header with control characters. The connection is closed after the one answer.
	 */
	public Answer raw(byte[] request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			socket.shutdownOutput();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A raw request: the start line and headers (Host and Connection: close added), then the body's bytes. */
	public Answer raw(String method, byte[] target, String user, Map<String, String> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(target);
		StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
		if (user != null) {
			head.append("Authorization: ").append(basic(user)).append("\r\n");
		}
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Length")
				|| h.equalsIgnoreCase("Transfer-Encoding"))) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			request.writeBytes(body);
		}
		return raw(request.toByteArray());
	}

	private static Answer parse(byte[] response) {
		String text = new String(response, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		assertThat(end).as("an HTTP answer: " + text).isPositive();
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).toLowerCase(), List.of(lines[i].substring(colon + 1).trim()));
		}
		String contentType = headers.getOrDefault("content-type", List.of("")).get(0);
		byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
		if (headers.getOrDefault("transfer-encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
			body = unchunk(body);
		}
		return new Answer(status, contentType, body, headers);
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String text = new String(chunked, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < text.length()) {
			int lineEnd = text.indexOf("\r\n", at);
			int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			body.writeBytes(text.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The rules for every answer to hostile input: not a server error; a refusal (4xx) is a problem, unless it is
	 * one of {@code plainRefusals} (an answer the project leaves to the servlet container, named by the test that
	 * allows it); and no refusal shows a stack trace or the server's internals.
	 */
	public static void assertHandled(Answer answer, String input, int... plainRefusals) {
		assertThat(answer.status()).as("status for " + input + ": " + answer).isLessThan(500);
		if (answer.status() >= 400 && !contains(plainRefusals, answer.status())) {
			assertThat(answer.contentType()).as("a problem for " + input + ": " + answer)
				.startsWith("application/problem+json");
		}
		if (answer.status() >= 300) {
			for (String internal : INTERNALS) {
				assertThat(answer.text()).as("internals in the answer to " + input).doesNotContain(internal);
			}
		}
	}

	/**
	 * The same for engine REST, which answers in Camunda's own error shape ({@code type}, {@code message}: Tasklist
	 * reads it), where {@code type} is the name of Camunda's exception class: not a server error, a refusal is JSON
	 * with a message, and it carries no stack trace.
	 */
	public static void assertHandledByEngineRest(Answer answer, String input) {
		assertThat(answer.status()).as("status for " + input + ": " + answer).isLessThan(500);
		if (answer.status() >= 400) {
			assertThat(answer.contentType()).as("JSON for " + input + ": " + answer).startsWith("application/json");
			assertThat(answer.text()).as(input).contains("\"message\"").doesNotContain("\tat ", "at org.", "at java.",
					"Caused by", "Tomcat");
		}
	}

	private static boolean contains(int[] statuses, int status) {
		for (int s : statuses) {
			if (s == status) {
				return true;
			}
		}
		return false;
	}

}
