package uk.police.spo.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The production profiles with single sign-on (mysql + oidc) against a stand-in OIDC provider: bearer tokens on
 * engine REST and the project's APIs, with the token's groups deciding exactly what Camunda groups decide for a Basic
 * login, and the browser's one login through the provider (the webapps and the staff pages). Runs in a JVM of its own (pom.xml): a second application in
 * the suite's JVM would take over the name of the other tests' process engine.
 */
@ActiveProfiles("oidc")
class OidcSingleSignOnTests extends MySqlCompatibleTest {

	static final TestIdentityProvider provider = TestIdentityProvider.start();

	static final String NORTH_ADDRESS = "4 Bancroft, Hitchin SG5 1JW";

	static final String SOUTH_ADDRESS = "12 High Street, St Albans AL1 3AA";

	static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		// the environment variables application-oidc.yml reads
		registry.add("SPO_OIDC_ISSUER_URI", provider::issuer);
		registry.add("SPO_OIDC_CLIENT_ID", () -> TestIdentityProvider.CLIENT_ID);
		registry.add("SPO_OIDC_CLIENT_SECRET", () -> TestIdentityProvider.CLIENT_SECRET);
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** No cookies kept, no redirects followed: each call stands alone, as an API client's does. */
	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anOfficersTokenReadsEngineRestWithItsGroupsSoAnotherUnitsTaskStaysHidden() throws Exception {
		String north = report(NORTH_ADDRESS);
		String south = report(SOUTH_ADDRESS);
		// Keycloak's group mapper with "Full group path" writes "/triage-officers"
		String northOfficer = provider.accessToken("t.north", List.of("/triage-officers", "/unit-north"));
		String southOfficer = provider.accessToken("t.south", List.of("triage-officers", "unit-south"));

		assertThat(tasks(north, northOfficer)).hasSize(1);
		assertThat(tasks(south, northOfficer)).isEmpty();
		assertThat(tasks(south, southOfficer)).hasSize(1);
		assertThat(tasks(north, southOfficer)).isEmpty();

		String southTask = (String) tasks(south, southOfficer).get(0).get("id");
		assertThat(call("POST", "/engine-rest/task/" + southTask + "/claim", bearer(northOfficer),
				"{\"userId\":\"t.north\"}").statusCode()).isIn(403, 404);
		assertThat(call("POST", "/engine-rest/task/" + southTask + "/claim", bearer(southOfficer),
				"{\"userId\":\"t.south\"}").statusCode()).isEqualTo(204);
		assertThat(jdbc.queryForObject("select assignee_ from ACT_RU_TASK where id_ = ?", String.class, southTask))
			.isEqualTo("t.south");

		HttpResponse<String> investigator = call("GET", "/engine-rest/task",
				bearer(provider.accessToken("i.north", List.of("investigators", "unit-north"))), null);
		assertThat(investigator.statusCode()).isEqualTo(200);
	}

	@Test
	void theCaseApiGivesATokenUserTheirUnitsCasesAndTheAuditLogNamesThem() throws Exception {
		String south = report(SOUTH_ADDRESS);

		assertThat(call("GET", "/api/cases/" + south,
				bearer(provider.accessToken("i.north", List.of("investigators", "unit-north"))), null).statusCode())
			.isEqualTo(404);
		HttpResponse<String> answer = call("GET", "/api/cases/" + south,
				bearer(provider.accessToken("i.south", List.of("investigators", "unit-south"))), null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where actor = 'i.south' and action = 'CONSULT' and case_reference = ?",
				Integer.class, south)).isEqualTo(1);
	}

	@Test
	void aPartnersTokenReachesItsOwnInboundEndpointAndNothingElse() throws Exception {
		String reference = report(NORTH_ADDRESS);
		String court = provider.accessToken("court-system", List.of("partner-court"));

		assertThat(call("GET", "/engine-rest/task", bearer(court), null).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/api/cases/" + reference, bearer(court), null).statusCode()).isEqualTo(403);
		assertThat(call("POST", "/api/partners/housing/messages", bearer(court), partnerMessage(reference))
			.statusCode()).isEqualTo(403);
		// let in, then refused on its content: this case has sent the court nothing to answer
		HttpResponse<String> own = call("POST", "/api/partners/court/messages", bearer(court), partnerMessage(reference));
		assertThat(own.statusCode()).isBetween(400, 499).isNotIn(401, 403);
	}

	@Test
	void tokensThatAreExpiredForeignOrFromAnotherIssuerAreRefused() throws Exception {
		Map<String, String> refused = Map.of(
				"expired", provider.token(true, claims -> claims.claim("preferred_username", "i.north")
					.claim("groups", List.of("investigators"))
					.issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
					.expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))),
				"signed by another key", provider.token(false, claims -> claims.claim("preferred_username", "i.north")
					.claim("groups", List.of("investigators"))),
				"another issuer", provider.token(true, claims -> claims.issuer("http://127.0.0.1:1/realms/other")
					.claim("preferred_username", "i.north")
					.claim("groups", List.of("investigators"))),
				"no user claim", provider.token(true, claims -> claims.claim("groups", List.of("investigators"))),
				"not a token", "not-a-jwt");

		refused.forEach((why, token) -> {
			HttpResponse<String> answer = call("GET", "/engine-rest/task", bearer(token), null);
			assertThat(answer.statusCode()).as(why).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(why).hasValueSatisfying(
					challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
			assertThat(call("GET", "/api/cases/SH-2026-999999", bearer(token), null).statusCode()).as(why)
				.isEqualTo(401);
		});
		assertThat(call("GET", "/engine-rest/task", Map.of(), null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/cases/SH-2026-999999", Map.of(), null).statusCode()).isEqualTo(401);
	}

	@Test
	void httpBasicAgainstCamundaIdentityStaysOnBesideTokens() throws Exception {
		assertThat(call("GET", "/engine-rest/task", basic("triage"), null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/engine-rest/task", basic("court"), null).statusCode()).isEqualTo(403);
	}

	@Test
	void theWebappsSendAnonymousUsersToTheProviderAndRefuseTheirOwnPasswordLogin() throws Exception {
		HttpResponse<String> page = call("GET", "/camunda/app/tasklist/default/", Map.of(), null);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
		assertThat(call("GET", "/camunda/api/engine/engine/default/task", Map.of(), null).statusCode()).isEqualTo(401);
		assertThat(call("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
				Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=triage&password=demo")
			.statusCode()).isEqualTo(401);
		// the staff pages are in the same login: a browser's page request goes to the provider too
		HttpResponse<String> workQueue = call("GET", "/work", Map.of("Accept", "text/html"), null);
		assertThat(workQueue.statusCode()).isEqualTo(302);
		assertThat(workQueue.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
		// the sign-in page offers the provider, not a password form
		HttpResponse<String> signIn = call("GET", "/login", Map.of("Accept", "text/html"), null);
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).contains("href=\"/oauth2/authorization/keycloak\"").doesNotContain("type=\"password\"");
	}

	@Test
	void anOfficerSignsInToTasklistThroughTheProviderAndSeesTheirUnitsTasksOnly() throws Exception {
		String north = report(NORTH_ADDRESS);
		String south = report(SOUTH_ADDRESS);
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.build();

		HttpResponse<String> toProvider = send(browser, "GET", "/oauth2/authorization/keycloak", Map.of(), null);
		assertThat(toProvider.statusCode()).isEqualTo(302);
		URI callback = provider.signIn(URI.create(toProvider.headers().firstValue("Location").orElseThrow()), "t.south",
				List.of("/triage-officers", "/unit-south"));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(callback).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		// Tasklist's page names the engine: the webapps take the signed-in user there, as after a password login
		assertThat(send(browser, "GET", "/camunda/app/tasklist/default/", Map.of(), null).statusCode()).isEqualTo(200);

		HttpResponse<String> user = send(browser, "GET", "/camunda/api/admin/auth/user/default", Map.of(), null);
		assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
		Map<String, Object> webappUser = JSON.readValue(user.body(), new TypeReference<>() {
		});
		assertThat(webappUser).containsEntry("userId", "t.south");
		assertThat((List<String>) webappUser.get("authorizedApps")).contains("tasklist").doesNotContain("cockpit", "admin");

		assertThat(webappTasks(browser, south)).hasSize(1);
		assertThat(webappTasks(browser, north)).isEmpty();
		// the case page and the work queue with no second login
		HttpResponse<String> casePage = send(browser, "GET", "/cases/" + south, Map.of("Accept", "text/html"), null);
		assertThat(casePage.statusCode()).isEqualTo(200);
		assertThat(casePage.body()).contains("Case " + south);
		assertThat(send(browser, "GET", "/work", Map.of("Accept", "text/html"), null).statusCode()).isEqualTo(200);

		// the webapps' logout (with the webapps' CSRF token, as Tasklist sends it) ends the session
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(send(browser, "POST", "/camunda/api/admin/auth/user/default/logout", Map.of("X-XSRF-TOKEN", csrf), "")
			.statusCode()).isEqualTo(200);
		assertThat(send(browser, "GET", "/camunda/api/admin/auth/user/default", Map.of(), null).statusCode())
			.isEqualTo(401);
		assertThat(send(browser, "GET", "/cases/" + south, Map.of("Accept", "text/html"), null).statusCode())
			.isEqualTo(302);
	}

	private List<Map<String, Object>> webappTasks(HttpClient browser, String reference) throws Exception {
		HttpResponse<String> answer = send(browser, "GET",
				"/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference, Map.of(), null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readValue(answer.body(), new TypeReference<>() {
		});
	}

	private List<Map<String, Object>> tasks(String reference, String token) throws IOException {
		HttpResponse<String> answer = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + reference,
				bearer(token), null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readValue(answer.body(), new TypeReference<>() {
		});
	}

	private String report(String victimAddress) throws IOException {
		HttpResponse<String> created = call("POST", "/api/reports", Map.of(), """
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "incidents":[{"behaviour":"LOITERING"}]}""".formatted(victimAddress));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return (String) JSON.readValue(created.body(), Map.class).get("reference");
	}

	private static String partnerMessage(String reference) {
		return "{\"messageId\":\"court-oidc-1\",\"caseReference\":\"" + reference
				+ "\",\"type\":\"HEARING_LISTED\",\"body\":{}}";
	}

	private static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

	private static Map<String, String> basic(String user) {
		return Map.of("Authorization", "Basic "
				+ java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> call(String method, String path, Map<String, String> headers, String body) {
		try {
			return send(client, method, path, headers, body);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> send(HttpClient http, String method, String path, Map<String, String> headers,
			String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		List<String> pairs = new ArrayList<>();
		headers.forEach((name, value) -> {
			pairs.add(name);
			pairs.add(value);
		});
		if (body != null && !headers.containsKey("Content-Type")) {
			pairs.add("Content-Type");
			pairs.add("application/json");
		}
		if (!pairs.isEmpty()) {
			request.headers(pairs.toArray(String[]::new));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
