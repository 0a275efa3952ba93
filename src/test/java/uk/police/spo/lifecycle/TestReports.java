package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A plain report through the public API, for tests that need a fresh case in a given place. */
final class TestReports {

	private TestReports() {
	}

	/**
	 * Reports a case whose victim lives at {@code place} (its postcode sets the unit) and returns its reference.
	 * {@code clientAddress} is the test's own, since the report API's rate limit counts per client address.
	 */
	static String report(TestRestTemplate http, String clientAddress, String place) {
		String body = """
				{"reporterType":"VICTIM","immediateDanger":false,
				 "victim":{"name":"Test Victim","address":"3 Test Road, %s","phone":"07700 900777",
				           "safeContact":{"method":"PHONE","safeTimes":"evenings","voicemailSafe":true}},
				 "suspect":{"name":"Unknown Person %s"},
				 "relationship":"STRANGER",
				 "incidents":[{"occurredOn":"2026-02-03","behaviour":"FOLLOWING","description":"followed to work"}],
				 "consentToPartnerReferral":true}""".formatted(place, UUID.randomUUID());
		HttpHeaders headers = json();
		headers.set("X-Forwarded-For", clientAddress);
		var answer = http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class);
		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
		return (String) answer.getBody().get("reference");
	}

	static HttpEntity<Object> json(Object body) {
		return new HttpEntity<>(body, json());
	}

	private static HttpHeaders json() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
