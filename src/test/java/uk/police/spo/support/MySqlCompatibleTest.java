package uk.police.spo.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on the MySQL-compatible server with the production profile.
 * Subclasses share one application context and one schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spo.identity.demo-users=true", "camunda.bpm.job-execution.enabled=false",
				// every test posts from 127.0.0.1; the rate-limit test uses an address of its own
				"spo.intake.rate-limit.capacity=400", "spo.intake.rate-limit.period=PT24H",
				// the mysql profile needs data keys (SPO_DATA_KEYS); two test-only keys, so that rotation is testable
				"spo.crypto.keys=test-old:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1vbGQtMDAwMDE=,"
						+ "test-current:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1jdXJyZW50LTE=",
				"spo.crypto.current-key=test-current" })
@ActiveProfiles("mysql")
@Import(NoRetryHttpClientConfiguration.class)
public abstract class MySqlCompatibleTest {

	private static TestDatabase.Schema schema;

	@Autowired
	private ProcessEngine processEngine;

	/**
	 * Engine REST and the webapps find their engine by name in Camunda's static registry, where the last engine
	 * built wins; the project's filters use the engine of the Spring context. A test class with a context of its own
	 * (other properties) builds a second engine "default" on the same schema, and the next class on the shared
	 * context would then have its REST calls served by the other engine, with no login and no authorization
	 * checks. Each test puts its own context's engine back first.
	 */
	@BeforeEach
	void restServesThisContextsEngine() {
		ProcessEngines.registerProcessEngine(processEngine);
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> schema().url());
		registry.add("spring.datasource.username", () -> schema().user());
		registry.add("spring.datasource.password", () -> schema().password());
		PartnerServers.register(registry);
	}

	private static synchronized TestDatabase.Schema schema() {
		if (schema == null) {
			schema = TestDatabase.newSchema();
		}
		return schema;
	}

}
