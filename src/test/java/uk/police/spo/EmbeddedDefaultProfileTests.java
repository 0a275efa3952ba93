package uk.police.spo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * The embedded default needs no server, a case survives a restart of the application, and the database's folder and
 * file are created owner-only.
 */
class EmbeddedDefaultProfileTests {

	@TempDir
	Path data;

	@Test
	@SuppressWarnings("unchecked")
	void aReportedCaseAndItsTriageTaskSurviveARestart() {
		String reference;
		try (ConfigurableApplicationContext app = start()) {
			ResponseEntity<Map> created = new RestTemplate().postForEntity(url(app, "/api/reports"), report(), Map.class);
			reference = (String) created.getBody().get("reference");
			assertThat(reference).matches("SH-\\d{4}-000001");
		}
		// the cases' database is its owner's alone, folder and file (OwnerOnlyDatabaseFiles)
		assertThat(permissions(data.resolve("db"))).isEqualTo("rwx------");
		assertThat(permissions(data.resolve("db/spo-cases.mv.db"))).isEqualTo("rw-------");

		try (ConfigurableApplicationContext app = start()) {
			TaskService tasks = app.getBean(TaskService.class);
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getTaskDefinitionKey())
				.isEqualTo("Task_ConfirmDetails");
			ResponseEntity<Map> next = new RestTemplate().postForEntity(url(app, "/api/reports"), report(), Map.class);
			assertThat((String) next.getBody().get("reference")).endsWith("-000002");
			// the dashboard's SQL runs on H2 too: both cases reported this week, in the default unit
			Map<?, ?> figures = new RestTemplate().exchange(url(app, "/dashboard/figures"), HttpMethod.GET,
					new HttpEntity<>(basic("supervisor", "demo")), Map.class).getBody();
			assertThat(((List<Map<?, ?>>) figures.get("reportedPerWeek")).stream()
				.mapToLong(week -> ((Number) week.get("count")).longValue())
				.sum()).isEqualTo(2);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SpoCaseApplication.class)
			.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
					// not "default": that name belongs to the engine of the other Spring Boot tests in this JVM
					"--camunda.bpm.process-engine-name=restart-test",
					"--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/spo-cases") + ";DB_CLOSE_ON_EXIT=FALSE",
					"--spo.crypto.local-key-file=" + data.resolve("data-key"));
	}

	private static String permissions(Path path) {
		try {
			return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(path));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String url(ConfigurableApplicationContext app, String path) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path;
	}

	private static HttpHeaders basic(String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		return headers;
	}

	private static HttpEntity<String> report() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>("""
				{"reporterType":"ANONYMOUS","incidents":[{"behaviour":"WATCHING","description":"car outside every night"}]}
				""", headers);
	}

}
