package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.GrafanaDashboard;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * {@code /actuator/prometheus} with the application's gauges, for supervisors, administrators and Prometheus's
 * account (which reads nothing else); every metric the provisioned Grafana dashboard reads is served. Spring Boot's
 * tests switch metrics export off unless asked: this class asks, so it runs in a context of its own.
 */
@AutoConfigureObservability(tracing = false)
class MetricsEndpointTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void theMetricsShowTheApplicationsGaugesToAdministratorsOnly() {
		TestCases.report(http, TestCases.NORTH_ADDRESS);
		ResponseEntity<String> metrics = http.withBasicAuth("admin", "demo")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metrics.getBody()).contains("spo_cases_open{", "risk=\"NONE\"", "stage=\"IN_TRIAGE\"",
				"spo_referrals{partner=\"MARAC\",status=\"FAILED\"}", "spo_tasks_open ", "spo_tasks_overdue ",
				"spo_tasks_escalated ", "spo_engine_incidents ", "spo_engine_jobs_failed ");
		assertThat(metrics.getBody()).doesNotContain("spo_tasks_open NaN");
		assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("triage", "demo").getForEntity("/actuator/prometheus", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void prometheussAccountReadsTheMetricsAndNothingElse() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		TestRestTemplate scraper = http.withBasicAuth("metrics", "demo");
		assertThat(scraper.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		for (String path : List.of("/api/cases/" + reference, "/api/work", "/api/referrals", "/api/audit",
				"/engine-rest/task", "/dashboard/figures")) {
			assertThat(scraper.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void everyMetricTheGrafanaDashboardReadsIsServed() throws IOException {
		TestCases.report(http, TestCases.NORTH_ADDRESS);
		String body = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class).getBody();
		Set<String> served = body.lines()
			.filter(line -> !line.startsWith("#") && !line.isBlank())
			.map(line -> line.split("[{ ]", 2)[0])
			.collect(Collectors.toSet());

		GrafanaDashboard dashboard = GrafanaDashboard.read();
		assertThat(dashboard.metrics()).as("metrics the dashboard reads").hasSizeGreaterThan(10);
		assertThat(served).containsAll(dashboard.metrics());
		// the intake latency panel's histogram, for the report just posted
		assertThat(body).containsPattern("http_server_requests_seconds_bucket\\{[^}]*method=\"POST\"[^}]*uri=\"/api/reports\"");
		assertThat(body).contains("spo_engine_jobs_total{outcome=\"successful\"}", "spo_engine_job_acquisitions_total ");
	}

}
