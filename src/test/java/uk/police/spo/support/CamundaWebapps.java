package uk.police.spo.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Logs in to a Camunda webapp as its login page does: a first request gives the session and its CSRF token (cookie
 * and header {@code X-XSRF-TOKEN}), the login posts the form with both.
 */
public final class CamundaWebapps {

	private CamundaWebapps() {
	}

	/** The login's answer; on success its cookies (session and CSRF token) in {@link Login#cookies()}. */
	public static Login login(TestRestTemplate http, String application, String user, String password) {
		ResponseEntity<String> page = http.getForEntity("/camunda/app/" + application + "/default/", String.class);
		Map<String, String> cookies = new LinkedHashMap<>();
		collect(page.getHeaders(), cookies);
		String token = page.getHeaders().getFirst("X-XSRF-TOKEN");

		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add("X-XSRF-TOKEN", token);
		headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
		ResponseEntity<String> answer = http.exchange("/camunda/api/admin/auth/user/default/login/" + application,
				HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		collect(answer.getHeaders(), cookies);
		return new Login(answer.getStatusCode().value(), cookieHeader(cookies));
	}

	private static void collect(HttpHeaders headers, Map<String, String> cookies) {
		List<String> set = headers.getOrDefault(HttpHeaders.SET_COOKIE, new ArrayList<>());
		for (String cookie : set) {
			String pair = cookie.split(";")[0];
			cookies.put(pair.substring(0, pair.indexOf('=')), pair);
		}
	}

	private static String cookieHeader(Map<String, String> cookies) {
		return String.join("; ", cookies.values());
	}

	public record Login(int status, String cookies) {
	}

}
