package uk.police.spo.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A fresh case for tests that need one, through the public report API, and JSON request bodies. */
public final class TestCases {

	/** In the north unit, where the demo officers other than the "-south" ones work. */
	public static final String NORTH_ADDRESS = "4 Bancroft, Hitchin SG5 1JW";

	private TestCases() {
	}

	/** Reports a victim at {@code victimAddress} (its postcode sets the unit) and returns the case's reference. */
	public static String report(TestRestTemplate http, String victimAddress) {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"incidents":[{"behaviour":"FOLLOWING"}]}""".formatted(victimAddress);
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

	public static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
