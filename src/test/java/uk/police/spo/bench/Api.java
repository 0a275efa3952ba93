package uk.police.spo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The application's HTTP API as the benchmark calls it: one shared client, HTTP Basic for staff. */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	Api(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	record Login(String user, String password) {

		String header() {
			return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

	}

	HttpResponse<String> get(String path, Login login) throws IOException, InterruptedException {
		return send(request(path, login).GET().build());
	}

	HttpResponse<String> post(String path, String json, Login login) throws IOException, InterruptedException {
		return send(request(path, login).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> put(String path, String json, Login login) throws IOException, InterruptedException {
		return send(request(path, login).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A multipart/form-data POST of one file and plain fields (engine REST's deployment/create). */
	HttpResponse<String> postFile(String path, String fileName, String content, Login login, String... fields)
			throws IOException, InterruptedException {
		return postFile(path, fileName, fileName, "application/xml", content, login, fields);
	}

	/** The same with the file's part named and typed (an evidence upload: part {@code file}, a PDF). */
	HttpResponse<String> postFile(String path, String part, String fileName, String contentType, String content,
			Login login, String... fields) throws IOException, InterruptedException {
		String boundary = "bench" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
				.append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
		}
		body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType)
			.append("\r\n\r\n")
			.append(content).append("\r\n--").append(boundary).append("--\r\n");
		return send(request(path, login).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
		if (response.statusCode() != expectedStatus) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path, Login login) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
		if (login != null) {
			builder.header("Authorization", login.header());
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
