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
	void hasMySqlAndTheApplication() {
		assertThat(services).containsOnlyKeys("mysql", "app");
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
