package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.CamundaWebapps;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * Every family of endpoints (engine REST, the webapps' APIs, the project's APIs, partner inbound) refuses a caller
 * who has not logged in and a caller whose role does not reach it, before anything is read or changed.
 */
class EndpointRefusalTests extends MySqlCompatibleTest {

	static final String CASE = "/api/cases/SH-2026-999999";

	static final String JSON = "{\"messageId\":\"m-1\",\"caseReference\":\"SH-2026-999999\",\"type\":\"x\",\"body\":{}}";

	@Autowired
	TestRestTemplate http;

	/** Method, path, body, and a user who is logged in but whose role must not reach it. */
	static Stream<Arguments> endpoints() {
		return Stream.of(
				// engine REST: staff only, never partners
				Arguments.of("GET", "/engine-rest/task", null, "court"),
				Arguments.of("GET", "/engine-rest/process-instance", null, "housing"),
				Arguments.of("GET", "/engine-rest/history/process-instance", null, "advocacy"),
				Arguments.of("GET", "/engine-rest/history/variable-instance", null, "court"),
				Arguments.of("POST", "/engine-rest/process-definition/key/stalkingCase/start", "{}", "court"),
				Arguments.of("POST", "/engine-rest/message", "{\"messageName\":\"OrderServed\"}", "housing"),
				Arguments.of("GET", "/engine-rest/user", null, "advocacy"),
				// the project's case API
				Arguments.of("GET", CASE, null, "court"),
				Arguments.of("PUT", CASE + "/unit", "{\"unit\":\"SOUTH\"}", "advocacy"),
				Arguments.of("POST", CASE + "/messages/OrderServed", "{}", "court"),
				Arguments.of("GET", CASE + "/evidence", null, "triage"),
				// oversight: audit, retention, refused partner messages
				Arguments.of("GET", "/api/audit", null, "investigator"),
				Arguments.of("GET", "/api/audit/verification", null, "triage"),
				Arguments.of("GET", "/api/retention/due", null, "investigator"),
				Arguments.of("POST", "/api/retention/SH-2026-999999/purge-requests", "{}", "investigator"),
				Arguments.of("POST", "/api/retention/SH-2026-999999/purge-requests/approval", "{}", "supervisor"),
				Arguments.of("GET", "/api/partner-messages/refused", null, "investigator"),
				// partner inbound: each partner its own endpoint only, and no officer
				Arguments.of("POST", "/api/partners/court/messages", JSON, "housing"),
				Arguments.of("POST", "/api/partners/housing/messages", JSON, "advocacy"),
				Arguments.of("POST", "/api/partners/advocacy/messages", JSON, "investigator"));
	}

	@ParameterizedTest(name = "{0} {1} anonymous")
	@MethodSource("endpoints")
	void refusesAnAnonymousCaller(String method, String path, String body, String wrongUser) {
		ResponseEntity<String> answer = http.exchange(path, HttpMethod.valueOf(method), entity(body), String.class);
		assertThat(answer.getStatusCode().value()).as(method + " " + path).isEqualTo(401);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@ParameterizedTest(name = "{0} {1} as {3}")
	@MethodSource("endpoints")
	void refusesACallerWithTheWrongRole(String method, String path, String body, String wrongUser) {
		ResponseEntity<String> answer = http.withBasicAuth(wrongUser, "demo")
			.exchange(path, HttpMethod.valueOf(method), entity(body), String.class);
		assertThat(answer.getStatusCode().value()).as(method + " " + path + " as " + wrongUser).isEqualTo(403);
		assertThat(answer.getBody()).as("no internals in the refusal").doesNotContain("Exception", "at uk.police", "at org.");
	}

	@ParameterizedTest(name = "webapps API {0} anonymous")
	@MethodSource("webappsApis")
	void theWebappsApisRefuseAnAnonymousCaller(String path) {
		assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(401);
	}

	static Stream<String> webappsApis() {
		return Stream.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
				"/camunda/api/engine/engine/default/history/process-instance",
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
				"/camunda/api/admin/auth/user/default/profile");
	}

	@ParameterizedTest(name = "{1} cannot log in to {0}")
	@MethodSource("webappLogins")
	void theWebappsRefuseALoginWithoutTheApplicationGrant(String application, String user) {
		assertThat(CamundaWebapps.login(http, application, user, "demo").status()).as(user + " into " + application)
			.isEqualTo(403);
	}

	@ParameterizedTest(name = "{1} logs in to {0}")
	@MethodSource("webappGrants")
	void theWebappsLetInAUserWithTheApplicationGrant(String application, String user) {
		assertThat(CamundaWebapps.login(http, application, user, "demo").status()).as(user + " into " + application)
			.isEqualTo(200);
	}

	static Stream<Arguments> webappGrants() {
		return Stream.of(Arguments.of("tasklist", "triage"), Arguments.of("cockpit", "supervisor"),
				Arguments.of("admin", "admin"));
	}

	static Stream<Arguments> webappLogins() {
		return Stream.of(Arguments.of("tasklist", "court"), Arguments.of("cockpit", "housing"),
				Arguments.of("cockpit", "investigator"), Arguments.of("admin", "supervisor"));
	}

	private static HttpEntity<String> entity(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
