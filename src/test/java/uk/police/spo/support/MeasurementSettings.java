package uk.police.spo.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The command-line settings of a measurement that starts the application with the mysql profile on a schema of its
 * own (not part of the suite): demo users, no job executor, a test-only data key, and partner addresses no referral
 * reaches (the profile takes them from the environment and refuses to start without them).
 */
public final class MeasurementSettings {

	private MeasurementSettings() {
	}

	public static String[] of(TestDatabase.Schema schema) {
		List<String> settings = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + schema.url(),
				"--spring.datasource.username=" + schema.user(), "--spring.datasource.password=" + schema.password(),
				"--spo.identity.demo-users=true", "--camunda.bpm.job-execution.enabled=false",
				"--spo.crypto.keys=load:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1jdXJyZW50LTE=", "--spo.crypto.current-key=load",
				"--SPO_PARTNERS_COURT_SMTP_HOST=localhost", "--SPO_PARTNERS_COURT_SMTP_FROM=spo@localhost",
				"--SPO_PARTNERS_COURT_SMTP_TO=court@localhost"));
		for (String partner : List.of("HOUSING", "ADVOCACY", "MARAC")) {
			settings.add("--SPO_PARTNERS_" + partner + "_ENDPOINT=http://localhost:9/" + partner.toLowerCase());
			settings.add("--SPO_PARTNERS_" + partner + "_SIGNING_KEY=measurement-only-signing-key-0123456789");
		}
		return settings.toArray(String[]::new);
	}

}
