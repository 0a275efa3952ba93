package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import uk.police.spo.support.BrowserSession;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * One login for the browser (BrowserSessionSecurity): a sign-in at /login gives Tasklist its user and groups and
 * opens the staff pages with no second login; the webapps' own password form is closed; a logout anywhere ends it
 * everywhere; a wrong password and a locked account are refused as over HTTP Basic.
 */
class OneLoginTests extends MySqlCompatibleTest {

	static final String SOUTH_ADDRESS = "12 High Street, St Albans AL1 3AA";

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdentityService identity;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void oneSignInGivesTasklistTheUserAndGroupsAndOpensTheCasePageAndWorkQueue() throws Exception {
		String north = TestCases.report(http, TestCases.NORTH_ADDRESS);
		String south = TestCases.report(http, SOUTH_ADDRESS);
		BrowserSession browser = BrowserSession.on(http);

		HttpResponse<String> toSignIn = browser.page("/cases/" + north);
		assertThat(toSignIn.statusCode()).isEqualTo(302);
		assertThat(toSignIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		String sessionBefore = browser.cookie("JSESSIONID");
		HttpResponse<String> signedIn = browser.signIn("triage", "demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// back to the page asked for
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				to -> assertThat(to).contains("/cases/" + north));
		assertThat(browser.cookie("JSESSIONID")).as("a new session at login").isNotNull().isNotEqualTo(sessionBefore);

		// Tasklist's page, then its own call for the user (Camunda takes the user when a webapp page is opened)
		assertThat(browser.page("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
		Map<String, Object> webappUser = JSON.readValue(user.body(), new TypeReference<>() {
		});
		assertThat(webappUser).containsEntry("userId", "triage");
		assertThat((List<String>) webappUser.get("authorizedApps")).contains("tasklist").doesNotContain("admin");
		// the groups: the role's filters (granted to triage-officers) and the unit's tasks only (unit-north)
		assertThat(browser.get("/camunda/api/engine/engine/default/filter").body()).contains("Triage: my unit's tasks");
		assertThat(webappTasks(browser, north)).hasSize(1);
		assertThat(webappTasks(browser, south)).isEmpty();

		HttpResponse<String> casePage = browser.page("/cases/" + north);
		assertThat(casePage.statusCode()).isEqualTo(200);
		assertThat(casePage.body()).contains("Case " + north);
		HttpResponse<String> work = browser.page("/work");
		assertThat(work.statusCode()).isEqualTo(200);
		assertThat(work.body()).contains("My case work");
		// another unit's case is still not this officer's
		assertThat(browser.page("/cases/" + south).statusCode()).isEqualTo(404);
		// the APIs stay stateless: the session opens none of them, engine REST included
		assertThat(browser.get("/api/cases/" + north).statusCode()).isEqualTo(401);
		assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(401);
	}

	@Test
	void tasklistsLogoutEndsTheOneSession() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		BrowserSession browser = BrowserSession.on(http);
		assertThat(BrowserSession.signedIn(browser.signIn("investigator", "demo"))).isTrue();
		assertThat(browser.page("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(browser.page("/cases/" + reference).statusCode()).isEqualTo(200);

		// as Tasklist sends it: with the webapps' CSRF token
		assertThat(browser.post("/camunda/api/admin/auth/user/default/logout", "X-XSRF-TOKEN",
				browser.cookie("XSRF-TOKEN")).statusCode()).isEqualTo(200);

		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(browser.page("/cases/" + reference).statusCode()).isEqualTo(302);
		assertThat(browser.page("/work").headers().firstValue("Location")).hasValueSatisfying(
				to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void theStaffPagesLogoutEndsTheWebappsSessionToo() {
		BrowserSession browser = BrowserSession.on(http);
		assertThat(BrowserSession.signedIn(browser.signIn("supervisor", "demo"))).isTrue();
		assertThat(browser.page("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
		String token = BrowserSession.csrfField(browser.page("/login").body());

		assertThat(browser.postForm("/logout", Map.of()).statusCode()).as("no CSRF token: refused").isEqualTo(403);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
		HttpResponse<String> out = browser.postForm("/logout", Map.of("_csrf", token));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(browser.page("/dashboard").statusCode()).isEqualTo(302);
		assertThat(browser.page("/login?logout").body()).contains("You have signed out.");
	}

	@Test
	void aWrongPasswordAndALockedAccountAreRefusedAtTheSignInAsOverHttpBasic() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		String officer = newTriageOfficer();
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		ClockUtil.setCurrentTime(Date.from(now));
		BrowserSession browser = BrowserSession.on(http);

		HttpResponse<String> wrong = browser.signIn(officer, "wrong");
		assertThat(wrong.statusCode()).isEqualTo(302);
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		HttpResponse<String> refusal = browser.page("/login?error");
		assertThat(refusal.body()).contains("<title>Error: Sign in", "role=\"alert\"", LoginPageController.FAILED,
				"aria-invalid=\"true\"");
		assertThat(browser.page("/cases/" + reference).statusCode()).as("not signed in").isEqualTo(302);

		// locked for 3 s after the failure: the right password is refused too, at the sign-in and over HTTP Basic
		ClockUtil.setCurrentTime(Date.from(now.plusSeconds(2)));
		HttpResponse<String> locked = browser.signIn(officer, "right-password");
		assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		assertThat(basic(officer, "/api/cases/" + reference)).isEqualTo(401);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

		ClockUtil.setCurrentTime(Date.from(now.plusSeconds(3)));
		assertThat(basic(officer, "/api/cases/" + reference)).isEqualTo(200);
		assertThat(BrowserSession.signedIn(browser.signIn(officer, "right-password"))).isTrue();
		assertThat(browser.page("/cases/" + reference).statusCode()).isEqualTo(200);
	}

	@Test
	void theWebappsOwnPasswordLoginIsRefused() {
		BrowserSession anonymous = BrowserSession.on(http);
		assertThat(anonymous.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				Map.of("username", "triage", "password", "demo")).statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

		// signed in, it does not switch the user either
		BrowserSession triage = BrowserSession.on(http);
		assertThat(BrowserSession.signedIn(triage.signIn("triage", "demo"))).isTrue();
		assertThat(triage.page("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(triage.postForm("/camunda/api/admin/auth/user/default/login/admin",
				Map.of("username", "admin", "password", "demo"), "X-XSRF-TOKEN", triage.cookie("XSRF-TOKEN"))
			.statusCode()).isEqualTo(403);
		assertThat(triage.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"triage\"");
	}

	@Test
	void theSignInFormNeedsItsCsrfToken() {
		BrowserSession browser = BrowserSession.on(http);
		assertThat(browser.page("/login").statusCode()).isEqualTo(200);

		assertThat(browser.postForm("/login", Map.of("username", "triage", "password", "demo")).statusCode())
			.isEqualTo(403);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(browser.page("/work").statusCode()).isEqualTo(302);
	}

	@Test
	void theSignInReturnsToTheTaskALinkNamedAfterTheHash() {
		String fragment = "#/?task=" + UUID.randomUUID();
		BrowserSession browser = BrowserSession.on(http);
		assertThat(browser.page("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);

		// no such user: a wrong password would hold the officer's next sign-in back (the engine's login delay)
		HttpResponse<String> wrong = browser.signIn("nobody-" + UUID.randomUUID(), "wrong", fragment);
		assertThat(wrong.headers().firstValue("Location")).as("after a failure, the sign-in page keeps it")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error" + fragment));
		HttpResponse<String> signedIn = browser.signIn("triage", "demo", fragment);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				to -> assertThat(to).contains("/camunda/app/tasklist/default/").endsWith(fragment));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/", "#//evil.example/",
			"#/x\r\nLocation: https://evil.example/", "#/@evil.example", "#/<script>alert(1)</script>",
			"#/?task=1&next=https://evil.example/" })
	void aFragmentThatIsNotAWebappRouteIsDroppedNeverFollowed(String fragment) {
		BrowserSession browser = BrowserSession.on(http);
		browser.page("/camunda/app/tasklist/default/");

		HttpResponse<String> signedIn = browser.signIn("triage", "demo", fragment);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		String to = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(to).as(fragment).doesNotContain("#").doesNotContain("evil").contains("/camunda/app/tasklist/default/");
		assertThat(URI.create(to).getHost()).as(to).isIn(null, URI.create(http.getRootUri()).getHost());
	}

	@Test
	void theSignInPageRunsOnlyItsOwnScriptAndLabelsItsFields() {
		HttpResponse<String> page = BrowserSession.on(http).page("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("no-store"));
		assertThat(page.body()).contains("<label for=\"username\">User name</label>", "<input id=\"username\"",
				"<label for=\"password\">Password</label>", "<input id=\"password\"", "/dashboard/assets/dashboard.css")
			.doesNotContain(" style=", "role=\"alert\"");
		// one script, of its own (the policy allows no other): it puts the link's part after '#' in the form
		assertThat(page.body()).contains("<script src=\"/dashboard/assets/sign-in.js\" defer></script>",
				"<input type=\"hidden\" id=\"fragment\" name=\"fragment\" value=\"\">");
		assertThat(page.body().split("<script", -1)).as("scripts").hasSize(2);
	}

	@Test
	void withoutALoginAPageGoesToTheSignInWhileCallsAreAnswered401() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		BrowserSession browser = BrowserSession.on(http);

		assertThat(browser.page("/camunda/app/tasklist/default/").headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
		// a script asking a staff page for its data is answered as before, and may still use HTTP Basic
		HttpResponse<String> script = browser.get("/dashboard/figures");
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(basic("triage", "/cases/" + reference)).isEqualTo(200);
		// HTTP Basic opens no webapp: the webapps take the browser's login only
		assertThat(basic("triage", "/camunda/api/admin/auth/user/default")).isEqualTo(401);
	}

	private int basic(String user, String path) {
		String password = user.startsWith("login-") ? "right-password" : "demo";
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
	}

	private List<Map<String, Object>> webappTasks(BrowserSession browser, String reference) throws Exception {
		HttpResponse<String> answer = browser.get(
				"/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readValue(answer.body(), new TypeReference<>() {
		});
	}

	private String newTriageOfficer() {
		String id = "login-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(id);
		user.setPassword("right-password");
		identity.saveUser(user);
		identity.createMembership(id, SpoGroups.TRIAGE_OFFICERS);
		identity.createMembership(id, "unit-north");
		return id;
	}

}
