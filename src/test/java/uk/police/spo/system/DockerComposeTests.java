package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import uk.police.spo.support.GrafanaDashboard;

/** No Docker engine runs here, so the compose file's structure is checked instead (.ci/run validates its syntax). */
class DockerComposeTests {

	static Map<String, Object> services;

	static String text;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void read() throws IOException {
		text = Files.readString(Path.of("docker-compose.yml"));
		services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(text).get("services");
	}

	@Test
	void hasMySqlTheApplicationAndItsMonitoring() {
		assertThat(services).containsOnlyKeys("mysql", "app", "prometheus", "grafana");
	}

	@Test
	@SuppressWarnings("unchecked")
	void prometheusScrapesTheApplicationAsTheMetricsAccountWhosePasswordTheApplicationIsGiven() throws IOException {
		Map<String, Object> prometheus = (Map<String, Object>) services.get("prometheus");
		Map<String, Object> app = (Map<String, Object>) services.get("app");
		String password = "${SPO_METRICS_PASSWORD:?set SPO_METRICS_PASSWORD}";
		assertThat((Map<String, Object>) app.get("environment")).containsEntry("SPO_METRICS_PASSWORD", password);
		assertThat((Map<String, Object>) prometheus.get("environment")).containsEntry("SPO_METRICS_PASSWORD", password);
		assertThat((List<String>) prometheus.get("volumes"))
			.contains("./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro");

		Map<String, Object> config = new Yaml().load(Files.readString(Path.of("monitoring/prometheus.yml")));
		Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
		assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
		assertThat(((List<Map<String, List<String>>>) job.get("static_configs")).get(0).get("targets"))
			.containsExactly("app:8080");
		Map<String, String> auth = (Map<String, String>) job.get("basic_auth");
		// the user the application makes by default (spo.identity.metrics.user), and the file the entrypoint writes
		assertThat(auth).containsEntry("username", "metrics");
		assertThat(String.join(" ", (List<String>) prometheus.get("entrypoint")))
			.contains("> " + auth.get("password_file") + " ");
	}

	@Test
	@SuppressWarnings("unchecked")
	void grafanaIsProvisionedWithPrometheusAndTheDashboardOnThisHostOnly() throws IOException {
		Map<String, Object> grafana = (Map<String, Object>) services.get("grafana");
		assertThat((List<String>) grafana.get("volumes")).contains(
				"./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro",
				"./monitoring/grafana/dashboards:/var/lib/grafana/dashboards:ro");
		assertThat((List<String>) grafana.get("ports")).allMatch(port -> port.startsWith("127.0.0.1:"));
		assertThat((List<String>) ((Map<String, Object>) services.get("prometheus")).get("ports"))
			.allMatch(port -> port.startsWith("127.0.0.1:"));
		Map<String, Object> datasources = new Yaml()
			.load(Files.readString(Path.of("monitoring/grafana/provisioning/datasources/prometheus.yml")));
		Map<String, Object> prometheus = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
		assertThat(prometheus).containsEntry("url", "http://prometheus:9090")
			.containsEntry("uid", GrafanaDashboard.DATASOURCE_UID);
		Map<String, Object> provider = ((List<Map<String, Object>>) new Yaml()
			.<Map<String, Object>>load(Files.readString(Path.of("monitoring/grafana/provisioning/dashboards/spo.yml")))
			.get("providers")).get(0);
		assertThat((Map<String, Object>) provider.get("options")).containsEntry("path", "/var/lib/grafana/dashboards");
		assertThat(GrafanaDashboard.read().datasourceUids()).containsOnly(GrafanaDashboard.DATASOURCE_UID);
	}

	@Test
	@SuppressWarnings("unchecked")
	void mySqlIsAVersionCamundaSupportsWithAHealthCheckAndANamedVolume() {
		Map<String, Object> mysql = (Map<String, Object>) services.get("mysql");
		assertThat((String) mysql.get("image")).matches("mysql:8\\.(0|4)(\\..*)?");
		assertThat((Map<String, Object>) mysql.get("healthcheck")).containsKey("test");
		assertThat((List<String>) mysql.get("volumes")).anyMatch(v -> v.startsWith("mysql-data:"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApplicationIsBuiltHereRunsTheMysqlProfileAndWaitsForAHealthyDatabase() {
		Map<String, Object> app = (Map<String, Object>) services.get("app");
		assertThat(app.get("build")).isEqualTo(".");
		assertThat((Map<String, Object>) app.get("environment")).containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
			.containsKeys("SPO_DB_URL", "SPO_DB_USER", "SPO_DB_PASSWORD", "SPO_ADMIN_USER", "SPO_ADMIN_PASSWORD",
					"SPO_DATA_KEYS", "SPO_DATA_KEY_CURRENT");
		Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
		assertThat(dependsOn.get("mysql")).containsEntry("condition", "service_healthy");
	}

	@Test
	@SuppressWarnings("unchecked")
	void noPasswordOrKeyHasADefault() {
		for (Object service : services.values()) {
			Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) service).get("environment");
			environment.forEach((name, value) -> {
				if (name.contains("PASSWORD") || name.contains("KEY")) {
					assertThat(String.valueOf(value)).as(name).matches("\\$\\{[A-Z_]+:\\?[^}]*\\}");
				}
			});
		}
	}

	@Test
	void theImageRunsAsANonRootUser() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("AS build").containsPattern("(?m)^USER (?!root)\\w+");
	}

}
