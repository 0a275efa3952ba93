package uk.police.spo.support;

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
				"spo.intake.rate-limit.capacity=100", "spo.intake.rate-limit.period=PT24H",
				// the mysql profile needs data keys (SPO_DATA_KEYS); two test-only keys, so that rotation is testable
				"spo.crypto.keys=test-old:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1vbGQtMDAwMDE=,"
						+ "test-current:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1jdXJyZW50LTE=",
				"spo.crypto.current-key=test-current" })
@ActiveProfiles("mysql")
@Import(NoRetryHttpClientConfiguration.class)
public abstract class MySqlCompatibleTest {

	private static TestDatabase.Schema schema;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> schema().url());
		registry.add("spring.datasource.username", () -> schema().user());
		registry.add("spring.datasource.password", () -> schema().password());
	}

	private static synchronized TestDatabase.Schema schema() {
		if (schema == null) {
			schema = TestDatabase.newSchema();
		}
		return schema;
	}

}
