package uk.police.spo.support;

import java.net.http.HttpResponse;

import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Logs in to a Camunda webapp as a browser does: the one sign-in at {@code /login} (the webapps' own login form is
 * closed), then the webapp's page, which gives the webapps' CSRF token (cookie {@code XSRF-TOKEN}, sent back as the
 * header {@code X-XSRF-TOKEN}).
 */
public final class CamundaWebapps {

	private CamundaWebapps() {
	}

	/**
	 * 401 when the sign-in is refused; else the webapp page's answer (200, or 403 for a user without the application's
	 * grant), with the session's cookies in {@link Login#cookies()}.
	 */
	public static Login login(TestRestTemplate http, String application, String user, String password) {
		BrowserSession browser = BrowserSession.on(http);
		if (!BrowserSession.signedIn(browser.signIn(user, password))) {
			return new Login(401, browser.cookieHeader());
		}
		HttpResponse<String> page = browser.page("/camunda/app/" + application + "/default/");
		return new Login(page.statusCode(), browser.cookieHeader());
	}

	public record Login(int status, String cookies) {
	}

}
