package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.police.spo.support.MySqlCompatibleTest;

/** Security headers, cross-site changes through a browser's cached Basic login, and error answers. */
class HttpHardeningTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void everyAnswerForbidsFramingAndSniffing() {
		for (String path : List.of("/report", "/api/cases/SH-2026-999999", "/camunda/app/tasklist/default/")) {
			HttpHeaders headers = http.withBasicAuth("investigator", "demo")
				.getForEntity(path, String.class)
				.getHeaders();
			assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		}
	}

	@Test
	void thePublicPageRunsNoInlineScriptAndCannotBeFramed() {
		String policy = http.getForEntity("/report", String.class).getHeaders().getFirst("Content-Security-Policy");

		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void strictTransportSecurityIsSentBehindATlsProxyAndNotOverPlainHttp() {
		HttpHeaders behindTls = new HttpHeaders();
		behindTls.set("X-Forwarded-Proto", "https");

		String overTls = http.exchange("/report", HttpMethod.GET, new HttpEntity<>(behindTls), String.class)
			.getHeaders()
			.getFirst("Strict-Transport-Security");
		String overHttp = http.getForEntity("/report", String.class).getHeaders().getFirst("Strict-Transport-Security");

		assertThat(overTls).contains("max-age=").contains("includeSubDomains");
		assertThat(overHttp).isNull();
	}

	@Test
	void aChangeFromAnotherSiteThroughABrowsersBasicLoginIsRefused() {
		for (String path : List.of("/api/retention/SH-2026-999999/purge-requests/approval",
				"/engine-rest/task/some-task/complete", "/api/cases/SH-2026-999999/messages/BreachReported")) {
			ResponseEntity<String> fromAnotherSite = post("admin", path, Map.of("Origin", "https://evil.example",
					"Sec-Fetch-Site", "cross-site"));
			assertThat(fromAnotherSite.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(fromAnotherSite.getBody()).as(path).contains("not from another site");
		}
		ResponseEntity<String> machineClient = post("admin", "/engine-rest/task/some-task/complete", Map.of());
		assertThat(machineClient.getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> ownPage = post("admin", "/engine-rest/task/some-task/complete",
				Map.of("Sec-Fetch-Site", "same-origin"));
		assertThat(ownPage.getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void errorAnswersCarryNoStackTraceOrServerVersion() {
		for (MediaType accept : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)) {
			HttpHeaders headers = new HttpHeaders();
			headers.setAccept(List.of(accept));
			ResponseEntity<String> missing = http.withBasicAuth("investigator", "demo")
				.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(headers), String.class);
			ResponseEntity<String> broken = http.withBasicAuth("investigator", "demo")
				.exchange("/api/cases/SH-2026-999999/unit", HttpMethod.PUT, new HttpEntity<>("{not json", json(accept)),
						String.class);
			for (ResponseEntity<String> answer : List.of(missing, broken)) {
				assertThat(answer.getStatusCode().is4xxClientError()).as(accept + " " + answer).isTrue();
				assertThat(String.valueOf(answer.getBody())).as(accept.toString())
					.doesNotContain("Exception", "\tat ", "at org.", "at uk.police", "Tomcat", "trace");
			}
		}
	}

	private static HttpHeaders json(MediaType accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(accept));
		return headers;
	}

	private ResponseEntity<String> post(String user, String path, Map<String, String> browserHeaders) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		browserHeaders.forEach(headers::set);
		return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>("{}", headers), String.class);
	}

}
