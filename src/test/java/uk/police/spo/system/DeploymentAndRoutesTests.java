package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;

import uk.police.spo.support.MySqlCompatibleTest;

class DeploymentAndRoutesTests extends MySqlCompatibleTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	CamelContext camel;

	@Autowired
	HealthContributorRegistry health;

	@Test
	void processesAndFormsAreDeployedTogether() {
		String deploymentId = repository.createProcessDefinitionQuery()
			.processDefinitionKey("stalkingCase")
			.latestVersion()
			.singleResult()
			.getDeploymentId();

		List<String> names = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
		assertThat(names).anyMatch(n -> n.endsWith("stalkingCase.bpmn"))
			.anyMatch(n -> n.endsWith("caseTriage.bpmn"))
			.anyMatch(n -> n.endsWith("triage-confirm-details.form"));
	}

	/** Each partner flow's file in integration/ loads, with its id, and the shared error handling by name. */
	@Test
	void routesLoadFromTheIntegrationFolder() {
		assertThat(camel.getRoutes()).extracting(Route::getRouteId)
			.contains("marac-referral", "housing-referral", "advocacy-referral", "court-referral", "court-referral-mail");
		assertThat(camel.getRoutes()).filteredOn(route -> route.getRouteId().endsWith("-referral")
				|| route.getRouteId().endsWith("-referral-mail"))
			.allSatisfy(route -> assertThat(route.getConfigurationId()).isEqualTo("partner-errors"));
	}

	/** The health endpoint's database check is the one bounded in time, not Spring Boot's. */
	@Test
	void theDatabaseHealthCheckIsTheBoundedOne() {
		assertThat(health.getContributor("db")).isInstanceOf(DatabaseHealth.class);
	}

}
