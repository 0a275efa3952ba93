package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.police.spo.support.MySqlCompatibleTest;

class DeploymentAndRoutesTests extends MySqlCompatibleTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	CamelContext camel;

	@Autowired
	ProducerTemplate producer;

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

	@Test
	void routesLoadFromTheIntegrationFolder() {
		assertThat(camel.getRoutes()).extracting(Route::getRouteId).contains("simulated-partner-acknowledgement");

		String answer = producer.requestBodyAndHeader("direct:simulated-partner", "{}", "referralId", "ref-123",
				String.class);

		assertThat(answer).contains("\"referralId\":\"ref-123\"").contains("\"status\":\"ACKNOWLEDGED\"");
	}

}
