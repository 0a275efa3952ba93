package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * {@code /actuator/prometheus} with the application's gauges, for supervisors and administrators only. Spring Boot's
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

}
